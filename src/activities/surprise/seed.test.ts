import { describe, expect, it } from 'vitest';
import { FACILITATOR, participant, workshopHarness } from '../../domain/testing/workshopHarness.ts';
import { SEED_PEOPLE, loadKindData } from '../../server/demo/seed/data.ts';
import type { SeedRun } from '../../server/demo/seed/script.ts';
import { registry } from '../registry.ts';
import { wallTexts, type SurpriseState } from './schema.ts';
import { seedScript } from './seed.ts';

/** The seed's people in the in-memory harness (id = key), and a seed run on one activity. */
function seedRoom(config?: unknown) {
  const h = workshopHarness(registry).create();
  for (const person of SEED_PEOPLE) h.join(person.key, person.side, person.displayName);
  const activityId = h.startActivity('surprise', config);
  const run: SeedRun = {
    activityId,
    participants: SEED_PEOPLE.map((p) => ({
      ...p,
      participantId: p.key,
      partnershipId: h.partnershipId,
    })),
    partnerships: [{ id: h.partnershipId, municipality: 'Utrecht' }],
    present: SEED_PEOPLE.map((p) => p.key),
    send: (as, command) => {
      const actor = as === 'facilitator' ? FACILITATOR : participant(as);
      const [event] = h.activity(actor, activityId, command);
      return Promise.resolve(event ? registry.get('surprise')!.madeId?.(event) : undefined);
    },
    state: <S>() => h.activityState<S>(activityId),
    references: () => h.engine.references(h.state),
  };
  return { h, run, activityId };
}

/** A seed data file, as the seed runner loads it. */
const seedData = (name: string) => loadKindData(name);

describe('surprise: the seed workshop', () => {
  it('plays the data file: every text on the wall, the facilitator’s marked as spoken, closed', async () => {
    const { run, h, activityId } = seedRoom();
    const data = (await seedData('surprise')) as { texts: { by: string; text: string }[] };
    await seedScript(run, data);
    const state = h.activityState<SurpriseState>(activityId);
    expect(state.phase).toBe('closed');
    const texts = wallTexts(state);
    expect(texts.map((t) => t.text)).toEqual(data.texts.map((t) => t.text));
    expect(texts.filter((t) => t.spoken)).toHaveLength(
      data.texts.filter((t) => t.by === 'facilitator').length,
    );
  });

  it('refuses a data file that names an unknown participant', async () => {
    const { run } = seedRoom();
    await expect(seedScript(run, { texts: [{ by: 'nergens-1', text: 'x' }] })).rejects.toThrow(
      /unknown participant/,
    );
  });
});
