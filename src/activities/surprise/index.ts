import { defineActivityKind } from '../../domain/activity.ts';
import { decide } from './decide.ts';
import { evolve, initialSurpriseState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { personalize } from './personalize.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { commandSchema, configSchema } from './schema.ts';
import { audienceOf, overlay, view } from './view.ts';

/** "Wat heeft je verrast?": everyone shares a short text; the wall in the room fills live. */
export const surpriseKind = defineActivityKind({
  kind: 'surprise',
  version: 1,
  configSchema,
  commandSchema,
  messages: { nl, en },
  defaultConfig: (language) => ({
    prompt: (language === 'en' ? en : nl).defaults.prompt,
    // Anonymous by default: a surprise can be personal, and the wall is shown to the room.
    anonymous: true,
  }),
  initialState: () => initialSurpriseState,
  participantCommands: ['addText', 'editText', 'deleteText'],
  decide,
  evolve,
  audienceOf,
  view,
  overlay,
  personalize,
  report,
  records,
  madeId: (event) => (event.type === 'textAdded' ? event.textId : undefined),
});
