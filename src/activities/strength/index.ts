import { defineActivityKind } from '../../domain/activity.ts';
import { decide } from './decide.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { evolve, initialStrengthState } from './evolve.ts';
import { migrateEvent } from './migrate.ts';
import { personalize } from './personalize.ts';
import { audienceOf, overlay, view } from './view.ts';
import { keepsReferences, references } from './references.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { commandSchema, configSchema } from './schema.ts';

/** "De kracht van de ander": formal and informal workers name the strength of the other side. */
export const strengthKind = defineActivityKind({
  kind: 'strength',
  version: 2,
  configSchema,
  commandSchema,
  messages: { nl, en },
  defaultConfig: (language) => {
    const { defaults } = language === 'en' ? en : nl;
    return {
      prompts: { formal: defaults.promptFormal, informal: defaults.promptInformal },
      anonymousToPeers: true,
      categories: ['strength', 'caveat', 'selfReflection'],
    };
  },
  initialState: () => initialStrengthState,
  participantCommands: ['addNote', 'editNote', 'deleteNote'],
  decide,
  evolve,
  // The audiences are the two sides: formal workers write together, informal workers together.
  audienceOf,
  view,
  overlay,
  personalize,
  migrateEvent,
  report,
  records,
  references,
  keepsReferences,
});
