import { defineActivityKind } from '../../domain/activity.ts';
import type { Language } from '../../domain/language.ts';
import { decide } from './decide.ts';
import { evolve, initialEvaluationState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { personalize } from './personalize.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { reportConclusion } from './reportConclusion.ts';
import { commandSchema, configSchema, type EvaluationConfig } from './schema.ts';
import { audienceOf, overlay, view } from './view.ts';

/** The default questions: a score and its "why" for value and safety, then surprise and next. */
function defaultConfig(language: Language): EvaluationConfig {
  const { defaults: d } = language === 'en' ? en : nl;
  return {
    questions: [
      { id: 'value', text: d.valueScore, kind: 'score' },
      { id: 'valueWhy', text: d.valueOpen, kind: 'open' },
      { id: 'safety', text: d.safetyScore, kind: 'score' },
      { id: 'safetyWhy', text: d.safetyOpen, kind: 'open' },
      { id: 'surprise', text: d.surprise, kind: 'open' },
      { id: 'next', text: d.next, kind: 'open' },
    ],
    anonymous: true,
  };
}

/** "Evaluatie": a short round at the end, anonymous by default, results per question. */
export const evaluationKind = defineActivityKind({
  kind: 'evaluation',
  version: 1,
  configSchema,
  commandSchema,
  messages: { nl, en },
  defaultConfig,
  initialState: () => initialEvaluationState,
  participantCommands: ['submitAnswers'],
  decide,
  evolve,
  audienceOf,
  view,
  overlay,
  personalize,
  report,
  reportConclusion,
  records,
});
