import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { SMALL_GROUP_K } from '../../domain/views/smallGroups.ts';
import { SCORES, type EvaluationConfig, type EvaluationState } from './schema.ts';
import { respondentsLine, scoreLine } from './summary.ts';
import { guardedDistribution, tallyAll, type QuestionTally } from './tally.ts';

type Input = ReportInput<EvaluationConfig>;

/**
 * The report section: how many filled it in, then per question the average and distribution
 * (under the small-group rule: nothing when fewer than 3 answered, counts of 1 or 2 as "fewer
 * than 3") or the open answers. Names never appear, not even when the round was named.
 */
export function report(state: EvaluationState, input: Input): ReportBlock[] {
  const anonymous = state.questions ? state.anonymous : input.config.anonymous;
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    { type: 'paragraph', text: input.t(anonymous ? 'report.introAnonymous' : 'report.introNamed') },
    { type: 'paragraph', text: respondentsLine(state, input) },
  ];
  for (const tally of tallyAll(state, input.config)) {
    blocks.push({ type: 'heading', level: 3, text: tally.question.text });
    if (tally.answered === 0) blocks.push({ type: 'paragraph', text: input.t('report.noAnswers') });
    else if (tally.question.kind === 'open')
      blocks.push({ type: 'list', items: tally.texts.map((t) => t.text) });
    else blocks.push(...scoreBlocks(tally, input));
  }
  return blocks;
}

function scoreBlocks(tally: QuestionTally, input: Input): ReportBlock[] {
  if (tally.answered < SMALL_GROUP_K)
    return [{ type: 'paragraph', text: input.t('report.tooFew', { k: SMALL_GROUP_K }) }];
  const split = guardedDistribution(tally.counts);
  const rows = SCORES.map((score, i) => {
    const part = split.parts[i]!;
    const shown =
      'exact' in part ? String(part.exact) : input.t('report.fewerThan', { k: SMALL_GROUP_K });
    return [input.t(`score.${score}`), shown];
  });
  return [
    { type: 'paragraph', text: scoreLine(tally, input) },
    {
      type: 'table',
      columns: [input.t('report.scoreColumn'), input.t('report.countColumn')],
      rows,
    },
  ];
}
