import type { GuardedCount } from '../../domain/views/smallGroups.ts';
import type { Answer, Phase, Question, Screen } from './schema.ts';

/** One open answer as an audience sees it: the author only for facilitators of a named round. */
export interface OpenAnswer {
  readonly text: string;
  readonly authorId: string | null;
}

/** One question's results as one audience may see them. */
export interface QuestionResult {
  /** How many answered: exact for facilitators, guarded on the projector; null when unsafe. */
  readonly answered: GuardedCount | null;
  /**
   * Score questions: how many gave 1 … 5 (index 0 is score 1), each guarded on the projector.
   * Null for open questions, and on the projector when fewer than 3 answered.
   */
  readonly distribution: readonly GuardedCount[] | null;
  /** Score questions: the mean to one decimal; null when there is none to show. */
  readonly average: number | null;
  /** Open questions: the answers, sorted by text; null when this audience may not read them. */
  readonly texts: readonly OpenAnswer[] | null;
}

/** What one audience sees of the evaluation (participants: with their own answers folded in). */
export interface EvaluationView {
  readonly phase: Phase;
  /** The questions on the phones; null until the evaluation opens. */
  readonly questions: readonly Question[] | null;
  readonly anonymous: boolean;
  /** How many sent answers: exact for facilitators, guarded on the projector, null on phones. */
  readonly respondents: GuardedCount | null;
  /** Who sent answers: facilitators of a named evaluation only; null otherwise. */
  readonly respondentIds: readonly string[] | null;
  /** Results by question id, for the questions this audience may see now; null for none. */
  readonly results: Readonly<Record<string, QuestionResult>> | null;
  readonly screen: Screen;
  /** The phone's own answers by question id (from the overlay); null elsewhere or when none. */
  readonly mine: Readonly<Record<string, Answer>> | null;
}

/** One participant's own answers. */
export interface EvaluationOverlay {
  readonly mine: Readonly<Record<string, Answer>> | null;
}
