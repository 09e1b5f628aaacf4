import { guardSplit, type GuardedCount } from '../../domain/views/smallGroups.ts';
import { SCORES, type EvaluationConfig, type EvaluationState, type Question } from './schema.ts';

/** One question's answers, counted (for views and the report; never sent as such). */
export interface QuestionTally {
  readonly question: Question;
  /** How many people answered this question. */
  readonly answered: number;
  /** Score questions: how many gave 1, 2, 3, 4 and 5 (index 0 is score 1). */
  readonly counts: readonly number[];
  /** Score questions: the mean, unrounded; null when nobody gave a score. */
  readonly average: number | null;
  /** Open questions: the words, with who wrote them (views drop the author when anonymous). */
  readonly texts: readonly { readonly text: string; readonly authorId: string }[];
}

/** The questions in force: as fixed when the evaluation opened, or the settings before that. */
export function questionsOf(state: EvaluationState, config: EvaluationConfig): readonly Question[] {
  return state.questions ?? config.questions;
}

/** How many people sent answers. */
export function respondentCount(state: EvaluationState): number {
  return Object.keys(state.responses).length;
}

/** Answers in the order a reader expects: "Antwoord 9" before "Antwoord 10", case aside. */
const byText = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * Counts every question's answers. Open answers are sorted by their text, not by time or
 * person: the order of a list must never point at who wrote what.
 */
export function tallyAll(state: EvaluationState, config: EvaluationConfig): QuestionTally[] {
  const people = Object.entries(state.responses);
  return questionsOf(state, config).map((question) => {
    const counts = SCORES.map(() => 0);
    const texts: { text: string; authorId: string }[] = [];
    let answered = 0;
    let sum = 0;
    for (const [authorId, answers] of people) {
      const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
      if (!answer) continue;
      if (question.kind === 'score' && answer.score !== null) {
        answered++;
        sum += answer.score;
        counts[answer.score - 1]!++;
      } else if (question.kind === 'open' && answer.text !== null) {
        answered++;
        texts.push({ text: answer.text, authorId });
      }
    }
    texts.sort((a, b) => byText.compare(a.text, b.text) || (a.text < b.text ? -1 : 1));
    const scored = question.kind === 'score' && answered > 0;
    return { question, answered, counts, average: scored ? sum / answered : null, texts };
  });
}

/**
 * A score distribution under the small-group rule: each count of 1 or 2 as "fewer than 3",
 * and whether the number who answered may stand beside it without giving those away.
 */
export function guardedDistribution(counts: readonly number[]): {
  readonly parts: GuardedCount[];
  readonly totalSafe: boolean;
} {
  const byScore: Record<string, number> = {};
  counts.forEach((count, i) => (byScore[`s${i + 1}`] = count));
  const split = guardSplit(byScore);
  return { parts: counts.map((_, i) => split.parts[`s${i + 1}`]!), totalSafe: split.totalSafe };
}
