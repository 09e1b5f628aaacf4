import { defineActivityKind } from '../../domain/activity.ts';
import { decide } from './decide.ts';
import { evolve, initialIntroState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { commandSchema, configSchema } from './schema.ts';
import { timers } from './timers.ts';
import { audienceOf, overlay, reaches, view } from './view.ts';
import { personalize } from './personalize.ts';

/**
 * The dynamic introduction round ("voorstelronde"): people are paired, across municipality
 * and side where possible, ask each other a personal question, and move on to a new partner
 * each round.
 */
export const introKind = defineActivityKind({
  kind: 'intro',
  version: 1,
  configSchema,
  commandSchema,
  messages: { nl, en },
  defaultConfig: (language) => ({
    questions: Object.values((language === 'en' ? en : nl).defaults.questions),
    roundMinutes: 4,
    autoRotate: true,
  }),
  initialState: () => initialIntroState,
  participantCommands: [],
  decide,
  evolve,
  // Pairs are public in the room, but a phone is told only its own (need to know for names).
  audienceOf,
  view,
  overlay,
  personalize,
  // Pausing the clock changes no pair: only the shared view is recomputed.
  reaches,
  report,
  records,
  timers,
});
