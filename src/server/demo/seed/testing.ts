import { registry } from '../../../activities/registry.ts';
import type { KindRegistry } from '../../../domain/activity.ts';
import {
  FACILITATOR,
  SYSTEM,
  workshopHarness,
  type WorkshopHarness,
} from '../../../domain/testing/workshopHarness.ts';
import { createdIdOf } from '../../room/createdId.ts';
import { SEED_PEOPLE, SEED_WORKSHOP, loadKindData } from './data.ts';
import {
  castSeed,
  seedRun,
  walkProgramme,
  type SeedBackend,
  type SeedCast,
  type SeedPlay,
} from './player.ts';
import type { SeedRun, SeedScript } from './script.ts';
import { SEED_SCRIPTS } from './scripts.ts';

/**
 * Test kit: the seed played in memory (the engine and `workshopHarness`, no server), with the
 * seed's five partnerships and twenty placeholder participants joined. For a kind's unit test
 * of its `seed.ts`:
 *
 *   const seed = await seedHarness();
 *   const activityId = await seed.play('strength');          // data/strength.json
 *   expect(seed.h.activityState<StrengthState>(activityId).phase).toBe('closed');
 *
 * `play` adds the activity, starts it, runs the kind's script with its data file (or the data
 * and script given) and leaves it running, so the test can look at every view.
 */
export async function seedHarness(options: { kinds?: KindRegistry; template?: string } = {}) {
  const h: WorkshopHarness = workshopHarness(options.kinds ?? registry);
  let ids = 0;
  const backend: SeedBackend = {
    execute: async (actor, input) => createdIdOf(input.command, h.run(actor, input)),
    state: () => h.state,
    references: () => h.engine.references(h.state),
    newId: () => `seedp${++ids}`,
  };
  const { title, startsOn, endsOn, venue, defaultLanguage } = SEED_WORKSHOP;
  h.workshop(SYSTEM, {
    type: 'createWorkshop',
    workshopId: 'seedw1',
    code: 'ACDEFG',
    ...{ title, startsOn, endsOn, venue, defaultLanguage },
    lead: { accountId: 'fac1', name: 'Hans' },
  });
  if (options.template)
    h.workshop(FACILITATOR, { type: 'applyTemplate', templateId: options.template });
  const play: SeedPlay = {
    lead: FACILITATOR,
    workshop: SEED_WORKSHOP,
    people: SEED_PEOPLE,
    scripts: SEED_SCRIPTS,
    loadData: loadKindData,
  };
  const cast: SeedCast = await castSeed(backend, play);
  return {
    h,
    cast,
    /** The participant id behind a data file's key (`utrecht-informeel-1`). */
    idOf(key: string): string {
      const found = cast.participants.find((p) => p.key === key);
      if (!found) throw new Error(`unknown key ${key}`);
      return found.participantId;
    },
    /** A `SeedRun` for an activity already in the workshop. */
    runFor(activityId: string): SeedRun {
      const kind = h.state.activities[activityId]?.kind ?? '?';
      return seedRun(backend, play, cast, activityId, kind);
    },
    /** Adds and starts an activity of `kind`, plays its script over its data; returns its id. */
    async play(kind: string, given?: { data?: unknown; script?: SeedScript }): Promise<string> {
      const activityId = h.startActivity(kind);
      const script = given?.script ?? SEED_SCRIPTS[kind];
      if (!script) throw new Error(`no seed script for ${kind} in scripts.ts`);
      const data = given && 'data' in given ? given.data : await loadKindData(kind);
      await script(seedRun(backend, play, cast, activityId, kind), data);
      return activityId;
    },
    /** The whole programme (apply a template first), as `run.ts` walks it; returns problems. */
    walk: () => walkProgramme(backend, play, cast),
  };
}
