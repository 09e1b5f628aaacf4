import type { ReportInput } from '../../domain/activity.ts';
import { guardCount, SMALL_GROUP_K } from '../../domain/views/smallGroups.ts';
import type { EvaluationConfig, EvaluationState } from './schema.ts';
import { formatAverage } from './format.ts';
import { guardedDistribution, respondentCount, type QuestionTally } from './tally.ts';

type Input = ReportInput<EvaluationConfig>;

/**
 * The sentences the evaluation's report section and the conclusion's draft share, so both
 * keep the small-group rule alike.
 */

/** "12 van 19 deelnemers vulden de evaluatie in", guarded against small numbers on either side. */
export function respondentsLine(state: EvaluationState, input: Input): string {
  const total = Object.keys(input.participants).length;
  const count = respondentCount(state);
  if (count === 0) return input.t('report.nobody');
  const guarded = guardCount(count, { of: total });
  if ('fewerThan' in guarded)
    return input.t('report.respondentsFewer', { k: guarded.fewerThan, total });
  if ('allButFewerThan' in guarded)
    return input.t('report.respondentsAlmostAll', { k: guarded.allButFewerThan, total });
  return input.t('report.respondents', { count: guarded.exact, total });
}

/**
 * A score question's result in one sentence: nothing when fewer than 3 answered, and, as on
 * the projector, no average beside a count shown as "fewer than 3" (view.ts).
 */
export function scoreLine(tally: QuestionTally, input: Input): string {
  if (tally.answered === 0) return input.t('report.noAnswers');
  if (tally.answered < SMALL_GROUP_K) return input.t('report.tooFew', { k: SMALL_GROUP_K });
  const split = guardedDistribution(tally.counts);
  const average = formatAverage(tally.average ?? 0, input.language);
  if (!split.parts.every((part) => 'exact' in part)) return input.t('report.noAverage');
  return split.totalSafe
    ? input.t('report.average', { average, count: tally.answered })
    : input.t('report.averageOnly', { average });
}
