import { describe, expect, it } from 'vitest';
import { FACILITATOR, participant, workshopHarness } from '../../domain/testing/workshopHarness.ts';
import { SEED_PEOPLE, loadKindData } from '../../server/demo/seed/data.ts';
import type { SeedRun } from '../../server/demo/seed/script.ts';
import { registry } from '../registry.ts';
import { orderedClusters, type PlenaryState } from './schema.ts';
import { seedScript } from './seed.ts';

/** The seed's people in the in-memory harness (id = key), and a seed run on one activity. */
function seedRoom(config?: unknown) {
  const h = workshopHarness(registry).create();
  for (const person of SEED_PEOPLE) h.join(person.key, person.side, person.displayName);
  const activityId = h.startActivity('plenary', config);
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
      return Promise.resolve(event ? registry.get('plenary')!.madeId?.(event) : undefined);
    },
    state: <S>() => h.activityState<S>(activityId),
    references: () => h.engine.references(h.state),
  };
  return { h, run, activityId };
}

/** A seed data file, as the seed runner loads it. */
const seedData = (name: string) => loadKindData(name);

interface Entry {
  prompt: string;
  notes: { text: string }[];
  clusters: { name: string; notes: string[] }[];
}

/** One plenary block of the seed, played in the in-memory harness. */
async function play(entry: Entry) {
  const { run, h, activityId } = seedRoom({ prompt: entry.prompt, anonymous: true });
  await seedScript(run, entry);
  return h.activityState<PlenaryState>(activityId);
}

describe('plenary: the seed workshop', () => {
  it('holds two entries, one per plenary block, in programme order', async () => {
    expect(((await seedData('plenary')) as Entry[]).map((e) => e.prompt)).toEqual([
      'Hoe blijft de krachtige positie van informeel behouden?',
      'Hoe wordt de samenwerking structureel?',
    ]);
  });

  it('plays each entry: every note, the clusters with their notes, and the question closed', async () => {
    for (const entry of (await seedData('plenary')) as Entry[]) {
      const state = await play(entry);
      expect(state.phase).toBe('closed');
      const texts = (notes: readonly { text: string }[]) => notes.map((n) => n.text).sort();
      expect(texts(Object.values(state.notes))).toEqual(texts(entry.notes));
      expect(orderedClusters(state).map((c) => c.name)).toEqual(entry.clusters.map((c) => c.name));
      for (const cluster of orderedClusters(state)) {
        const expected = entry.clusters.find((c) => c.name === cluster.name)!.notes;
        const got = Object.values(state.notes).filter((n) => n.clusterId === cluster.id);
        expect(texts(got)).toEqual([...expected].sort());
      }
    }
  });

  it('stops with a message when a cluster names a note that is not there', async () => {
    await expect(
      play({ prompt: 'x', notes: [], clusters: [{ name: 'A', notes: ['bestaat niet'] }] }),
    ).rejects.toThrow(/unknown note/);
  });
});
