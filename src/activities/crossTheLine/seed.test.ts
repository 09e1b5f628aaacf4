import { describe, expect, it } from 'vitest';
import { FACILITATOR, participant, workshopHarness } from '../../domain/testing/workshopHarness.ts';
import { SEED_PEOPLE, loadKindData } from '../../server/demo/seed/data.ts';
import type { SeedRun } from '../../server/demo/seed/script.ts';
import { registry } from '../registry.ts';
import { crossTheLineKind } from './index.ts';
import { revealedPrejudices, type CrossTheLineEvent, type CrossTheLineState } from './schema.ts';
import { seedScript } from './seed.ts';
import type { CrossTheLineView } from './viewShapes.ts';

/** The seed's people in the in-memory harness (id = key), and a SeedRun on one activity. */
function seedRoom() {
  const h = workshopHarness(registry).create();
  for (const person of SEED_PEOPLE) h.join(person.key, person.side, person.displayName);
  const activityId = h.startActivity('crossTheLine');
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
      const events = h.activity(actor, activityId, command) as CrossTheLineEvent[];
      const made = events.map((e) => crossTheLineKind.madeId?.(e)).find((id) => id !== undefined);
      return Promise.resolve(made);
    },
    state: <S>() => h.activityState<S>(activityId),
    references: () => h.engine.references(h.state),
  };
  return { h, run, activityId };
}

describe('crossTheLine: the seed workshop', () => {
  it('plays the data file: crossings counted, arguments, outcomes, skittles knocked down, closed', async () => {
    const { run, h, activityId } = seedRoom();
    const data = (await loadKindData('crossTheLine')) as {
      prejudices: { text: string; rejected?: boolean; knockedDown?: boolean; outcome?: string }[];
    };
    await seedScript(run, data);
    const state = h.activityState<CrossTheLineState>(activityId);
    expect(state.phase).toBe('closed');
    const played = revealedPrejudices(state);
    expect(played.map((p) => p.text)).toEqual(
      data.prejudices.filter((p) => !p.rejected).map((p) => p.text),
    );
    expect(played.filter((p) => p.knockedDown)).toHaveLength(
      data.prejudices.filter((p) => p.knockedDown).length,
    );
    expect(played.some((p) => p.outcome === 'stays')).toBe(true);
    // Anonymous to all: no submitter recorded; the projector names nobody who crossed.
    expect(Object.values(state.prejudices).every((p) => p.authorId === null)).toBe(true);
    const projector = h.projectorSees<CrossTheLineView>(activityId);
    const counts = Object.values(projector.prejudices).map((p) => p.count?.total ?? null);
    expect(counts).toContainEqual({ fewerThan: 3 });
    expect(JSON.stringify(projector)).not.toContain('Die van de gemeente');
  });

  it('refuses a data file that names an unknown participant', async () => {
    const { run } = seedRoom();
    await expect(
      seedScript(run, { prejudices: [{ about: 'formal', text: 'x', submittedBy: 'nergens-1' }] }),
    ).rejects.toThrow(/unknown participant/);
  });
});

describe('crossTheLine: the seed through the seed runner’s own harness', () => {
  it('plays data/crossTheLine.json with the real createdId path and twenty people', async () => {
    const { seedHarness } = await import('../../server/demo/seed/testing.ts');
    const seed = await seedHarness();
    const activityId = await seed.play('crossTheLine');
    const state = seed.h.activityState<CrossTheLineState>(activityId);
    expect(state.phase).toBe('closed');
    const played = revealedPrejudices(state);
    expect(played).toHaveLength(6);
    const projector = seed.h.projectorSees<CrossTheLineView>(activityId);
    // 12 of 20 crossed for one of them: an exact count with its share.
    expect(Object.values(projector.prejudices).map((p) => p.count?.share)).toContain(60);
    expect(JSON.stringify(projector)).not.toContain(seed.idOf('den-haag-informeel-2'));
  });
});
