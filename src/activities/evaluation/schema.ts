import { z } from 'zod';
import { idSchema } from '../../domain/ids.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';

/**
 * A question asks for words ("open") or for a score from 1 to 5 ("score"), never both: a
 * score and its "why" are two questions, so each can be skipped on its own, each has one
 * clear result (an average, or a list of answers), and the editor stays one text and one
 * choice per question. The default list pairs them where both help (how valuable, how safe).
 */
export const QUESTION_KINDS = ['open', 'score'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The scores a participant can give, low to high. */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

/** More questions than this do not fit the end of a long day (nor a phone). */
export const MAX_QUESTIONS = 12;

export const questionSchema = z.object({
  id: idSchema,
  // A question is one line on a phone and a heading on the projector: a title's length.
  text: text(LIMITS.title),
  kind: z.enum(QUESTION_KINDS),
});
export type Question = z.infer<typeof questionSchema>;

export const configSchema = z.object({
  questions: z
    .array(questionSchema)
    .min(1)
    .max(MAX_QUESTIONS)
    .refine((list) => new Set(list.map((q) => q.id)).size === list.length, 'duplicate id'),
  /** True: nobody, facilitators included, learns who answered what. False: facilitators do. */
  anonymous: z.boolean(),
});
export type EvaluationConfig = z.infer<typeof configSchema>;

const scoreSchema = z.literal(SCORES);

/** One answer as a phone sends it: a score for a score question, words for an open one. */
const answerInput = z.object({
  questionId: idSchema,
  score: scoreSchema.nullable(),
  text: text(LIMITS.noteText).nullable(),
});

/** What is on the projector: nothing yet, every score question together, or one question. */
export const screenSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('scores') }),
  z.object({ type: z.literal('question'), questionId: idSchema }),
]);
export type Screen = z.infer<typeof screenSchema>;

export const commandSchema = z.discriminatedUnion('type', [
  /** Opens the evaluation on the phones, with the questions of the config (fixed from now on). */
  z.object({ type: z.literal('openEvaluation') }),
  z.object({ type: z.literal('closeEvaluation') }),
  /** A participant's whole set of answers; it replaces their earlier set. */
  z.object({
    type: z.literal('submitAnswers'),
    answers: z.array(answerInput).max(MAX_QUESTIONS),
  }),
  z.object({ type: z.literal('showOnScreen'), screen: screenSchema }),
]);
export type EvaluationCommand = z.infer<typeof commandSchema>;

export type Phase = 'prepare' | 'open' | 'closed';

export interface Answer {
  readonly score: Score | null;
  readonly text: string | null;
}

export interface EvaluationState {
  readonly phase: Phase;
  /**
   * The questions as they were when the evaluation opened, null before. Fixed then, so a
   * later change of the settings never changes what answers mean, nor makes answers given
   * anonymously carry names.
   */
  readonly questions: readonly Question[] | null;
  readonly anonymous: boolean;
  /** Per participant, their answers by question id (server only: views decide who sees what). */
  readonly responses: Readonly<Record<string, Readonly<Record<string, Answer>>>>;
  readonly screen: Screen;
}

export interface SubmittedAnswer extends Answer {
  readonly questionId: string;
}

export type EvaluationEvent =
  | { type: 'evaluationOpened'; questions: Question[]; anonymous: boolean }
  | { type: 'evaluationClosed' }
  | { type: 'answersSubmitted'; participantId: string; answers: SubmittedAnswer[] }
  | { type: 'screenShown'; screen: Screen };
