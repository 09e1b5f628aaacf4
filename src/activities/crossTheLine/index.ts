import { defineActivityKind } from '../../domain/activity.ts';
import { decide } from './decide.ts';
import { evolve, initialCrossTheLineState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { personalize } from './personalize.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import {
  commandSchema,
  configSchema,
  type CrossTheLineCommand,
  type CrossTheLineConfig,
  type CrossTheLineEvent,
  type CrossTheLineState,
} from './schema.ts';
import { audienceOf, overlay, view } from './view.ts';
import type { CrossTheLineOverlay, CrossTheLineView } from './viewShapes.ts';

/**
 * "Over de streep": prejudices submitted anonymously and screened by the facilitator, shown
 * one at a time; who recognises one crosses the line (counted, never shown per person); the
 * room debunks them and the debunked ones are knocked down as skittles.
 */
export const crossTheLineKind = defineActivityKind<
  CrossTheLineConfig,
  CrossTheLineState,
  CrossTheLineCommand,
  CrossTheLineEvent,
  CrossTheLineView,
  CrossTheLineOverlay
>({
  kind: 'crossTheLine',
  version: 1,
  configSchema,
  commandSchema,
  messages: { nl, en },
  // Anonymous to everyone by default: the author of a prejudice is not even recorded.
  defaultConfig: () => ({ anonymity: 'all' }),
  initialState: () => initialCrossTheLineState,
  participantCommands: ['submitPrejudice', 'crossLine', 'addArgument'],
  decide,
  evolve,
  audienceOf,
  view,
  overlay,
  personalize,
  report,
  records,
  // The ack's `createdId`: a phone can tell its own submission or argument from the others.
  madeId: (event) =>
    event.type === 'prejudiceSubmitted' || event.type === 'prejudicesMerged'
      ? event.prejudiceId
      : event.type === 'argumentAdded'
        ? event.argumentId
        : undefined,
});
