import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import type { EvaluationConfig, EvaluationState } from './schema.ts';
import { respondentsLine, scoreLine } from './summary.ts';
import { respondentCount, tallyAll, type QuestionTally } from './tally.ts';

type Input = ReportInput<EvaluationConfig>;

/** A draft conclusion quotes at most this many answers: a taste, the section has them all. */
const MAX_QUOTES = 3;

/**
 * A first draft of the report's "Conclusie", for the facilitators to replace with their own
 * words: who filled in the evaluation, each score question's result under the small-group
 * rule, and a few answers in the participants' words. Nothing when nobody answered. Quotes
 * never carry a name, not even when the round was named.
 */
export function reportConclusion(state: EvaluationState, input: Input): ReportBlock[] {
  if (respondentCount(state) === 0) return [];
  const tallies = tallyAll(state, input.config);
  const blocks: ReportBlock[] = [{ type: 'paragraph', text: respondentsLine(state, input) }];
  const scores = tallies.filter((tally) => tally.question.kind === 'score');
  if (scores.length > 0)
    blocks.push({
      type: 'list',
      title: input.t('conclusion.scoresTitle'),
      items: scores.map((tally) =>
        input.t('conclusion.score', {
          question: tally.question.text,
          result: scoreLine(tally, input),
        }),
      ),
    });
  const quotes = tallies.flatMap(fullestAnswer).slice(0, MAX_QUOTES);
  if (quotes.length > 0) {
    blocks.push({ type: 'paragraph', text: input.t('conclusion.quotesIntro') });
    blocks.push(...quotes);
  }
  return blocks;
}

/**
 * One open question's longest answer, as a quote under its question: the longest usually says
 * most. Chosen by its words alone (ties by text), so the choice never points at a person.
 */
function fullestAnswer(tally: QuestionTally): ReportBlock[] {
  if (tally.question.kind !== 'open') return [];
  const [longest] = [...tally.texts].sort(
    (a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1),
  );
  return longest ? [{ type: 'quote', text: longest.text, source: tally.question.text }] : [];
}
