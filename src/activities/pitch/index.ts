import { defineActivityKind } from '../../domain/activity.ts';
import { decide } from './decide.ts';
import { evolve, initialPitchState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { migrateEvent } from './migrate.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { commandSchema, configSchema } from './schema.ts';
import { audienceOf, reaches, view } from './view.ts';

/**
 * Elevator pitch per municipality: each municipality prepares together, live, a short pitch on
 * the state of formal–informal collaboration and what it hopes to reach; then each gets a few
 * minutes in front of the room, in a running order, with a timer everyone sees.
 */
export const pitchKind = defineActivityKind({
  kind: 'pitch',
  // 2: `pitchStarted` and `finished` no longer carry the preparations they share (migrate.ts).
  version: 2,
  configSchema,
  commandSchema,
  messages: { nl, en },
  defaultConfig: () => ({ minutesPerPitch: 5 }),
  initialState: () => initialPitchState,
  participantCommands: ['editPrep'],
  decide,
  evolve,
  audienceOf,
  view,
  reaches,
  report,
  records,
  migrateEvent,
});
