import { defineActivityKind } from '../../domain/activity.ts';
import { decide } from './decide.ts';
import { evolve, initialPlenaryState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { personalize } from './personalize.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { commandSchema, configSchema, type PlenaryEvent } from './schema.ts';
import { audienceOf, overlay, view } from './view.ts';

/** What an event made: a note or a cluster (so the command's answer carries its id). */
function madeId(event: PlenaryEvent): string | undefined {
  if (event.type === 'noteAdded') return event.noteId;
  if (event.type === 'clusterAdded') return event.clusterId;
  return undefined;
}

/**
 * "Plenaire vraag": one question for the whole room. Everyone adds notes; the facilitator
 * groups them into named clusters while the room watches. A programme can hold several.
 */
export const plenaryKind = defineActivityKind({
  kind: 'plenary',
  version: 1,
  configSchema,
  commandSchema,
  messages: { nl, en },
  defaultConfig: (language) => ({
    prompt: (language === 'en' ? en : nl).defaults.prompt,
    // Anonymous by default: answers in front of the whole room come easier without a name.
    anonymous: true,
  }),
  initialState: () => initialPlenaryState,
  participantCommands: ['addNote', 'editNote', 'deleteNote'],
  decide,
  evolve,
  audienceOf,
  view,
  overlay,
  personalize,
  report,
  records,
  madeId,
});
