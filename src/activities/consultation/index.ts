import { defineActivityKind } from '../../domain/activity.ts';
import { decide } from './decide.ts';
import { evolve, initialConsultationState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { records } from './records.ts';
import { references } from './references.ts';
import { report } from './report.ts';
import {
  commandSchema,
  configSchema,
  type ConsultationCommand,
  type ConsultationConfig,
  type ConsultationEvent,
  type ConsultationState,
} from './schema.ts';
import { audienceOf, reaches, view } from './view.ts';
import type { ConsultationView } from './viewShapes.ts';

/**
 * "Consultatie bij een andere gemeente": partnerships put forward questions they could not
 * solve, visit each other in pairs (a round-robin suggestion the facilitator edits), and the
 * host records advice, which flows into both partnerships' plans by reference.
 */
export const consultationKind = defineActivityKind<
  ConsultationConfig,
  ConsultationState,
  ConsultationCommand,
  ConsultationEvent,
  ConsultationView
>({
  kind: 'consultation',
  version: 1,
  configSchema,
  commandSchema,
  messages: { nl, en },
  defaultConfig: (language) => ({ prompt: (language === 'en' ? en : nl).defaults.prompt }),
  initialState: () => initialConsultationState,
  participantCommands: [
    'addQuestion',
    'importQuestions',
    'removeQuestion',
    'addAdvice',
    'removeAdvice',
  ],
  decide,
  evolve,
  audienceOf,
  view,
  reaches,
  report,
  records,
  references,
  madeId: (event) =>
    event.type === 'questionAdded'
      ? event.questionId
      : event.type === 'adviceAdded'
        ? event.adviceId
        : undefined,
});
