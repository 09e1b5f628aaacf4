import {
  participant,
  workshopHarness,
  type WorkshopHarness,
} from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import type { EvaluationEvent, EvaluationState } from './schema.ts';
import type { EvaluationView } from './viewShapes.ts';

export const ANNA = participant('anna'); // formal
export const BRAM = participant('bram'); // formal
export const CHADIA = participant('chadia'); // informal
export const DEWI = participant('dewi'); // informal

/** The default questions' ids, in order (see index.ts). */
export const Q = {
  value: 'value',
  valueWhy: 'valueWhy',
  safety: 'safety',
  safetyWhy: 'safetyWhy',
  surprise: 'surprise',
  next: 'next',
} as const;

/** A running evaluation with four participants, still being prepared unless `open`. */
export function givenEvaluation(options: { config?: unknown; open?: boolean } = {}) {
  const h = workshopHarness(registry)
    .create()
    .join('anna', 'formal', 'Anna')
    .join('bram', 'formal', 'Bram')
    .join('chadia', 'informal', 'Chadia')
    .join('dewi', 'informal', 'Dewi');
  const activityId = h.startActivity('evaluation', options.config);
  const state = () => h.activityState<EvaluationState>(activityId);
  const send = (actor: Parameters<WorkshopHarness['activity']>[0], command: unknown) =>
    h.activity(actor, activityId, command) as EvaluationEvent[];
  const views = {
    facilitator: () => h.facilitatorSees<EvaluationView>(activityId),
    projector: () => h.projectorSees<EvaluationView>(activityId),
    phone: (id: string) => h.phone<EvaluationView>(activityId, id),
  };
  return { h, activityId, state, send, views };
}

/** A set of answers as a phone sends it: scores for score questions, words for open ones. */
export function answers(
  input: Readonly<Record<string, number | string>>,
): { questionId: string; score: number | null; text: string | null }[] {
  return Object.entries(input).map(([questionId, value]) =>
    typeof value === 'number'
      ? { questionId, score: value, text: null }
      : { questionId, score: null, text: value },
  );
}
