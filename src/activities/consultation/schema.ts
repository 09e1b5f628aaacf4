import { z } from 'zod';
import { idSchema } from '../../domain/ids.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';

export const configSchema = z.object({
  /** The invitation on the phones: what kind of question to put forward. */
  prompt: text(LIMITS.noteText),
});
export type ConsultationConfig = z.infer<typeof configSchema>;

/** A plan's open question, pointed at by reference (`planQuestion` from the `plans` kind). */
export const sourceSchema = z.object({ activityId: idSchema, id: idSchema });
export type QuestionSource = z.infer<typeof sourceSchema>;

const questionText = text(LIMITS.noteText);
const adviceText = text(LIMITS.noteText);

export const commandSchema = z.discriminatedUnion('type', [
  /** A partnership's own question; a facilitator says whose (`partnershipId`). */
  z.object({
    type: z.literal('addQuestion'),
    text: questionText,
    partnershipId: idSchema.optional(),
  }),
  /** Open questions from the plans, by reference; each lands with the partnership it is of. */
  z.object({ type: z.literal('importQuestions'), refs: z.array(sourceSchema).min(1).max(50) }),
  z.object({ type: z.literal('removeQuestion'), questionId: idSchema }),
  /** The host records advice on a visiting partnership's question. */
  z.object({ type: z.literal('addAdvice'), questionId: idSchema, text: adviceText }),
  z.object({ type: z.literal('removeAdvice'), adviceId: idSchema }),
  /** Facilitator: a fresh round-robin suggestion (i visits i + 1) as the draft pairing. */
  z.object({ type: z.literal('suggestPairs') }),
  /** Facilitator: who `visitorId` visits in the draft; null takes the visit out. */
  z.object({ type: z.literal('setVisit'), visitorId: idSchema, hostId: idSchema.nullable() }),
  z.object({ type: z.literal('confirmPairs') }),
  /** Back to the draft, to change who visits whom (advice given so far stays). */
  z.object({ type: z.literal('reopenPairs') }),
  /** Shares one visiting partnership's questions and advice with the room. */
  z.object({ type: z.literal('shareVisit'), visitorId: idSchema }),
  z.object({ type: z.literal('shareAll') }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('reopen') }),
]);
export type ConsultationCommand = z.infer<typeof commandSchema>;
export type ConsultationCommandInput = z.input<typeof commandSchema>;

export type Phase = 'prepare' | 'visit' | 'closed';

/** Who visits whom: visiting partnership id → host partnership id. A visitor visits once. */
export type Pairing = Readonly<Record<string, string>>;

/** A question one partnership (the asker) puts forward. */
export interface Question {
  readonly id: string;
  readonly partnershipId: string;
  readonly text: string;
  /** Who wrote or imported it; null when a facilitator did (and in every view but theirs). */
  readonly authorId: string | null;
  /** The plan's open question it came from, if imported. */
  readonly source: QuestionSource | null;
  readonly createdSeq: number;
}

/** One piece of advice a host partnership gave on a question. */
export interface Advice {
  readonly id: string;
  readonly questionId: string;
  /** The partnership that gave it (the host at the time). */
  readonly hostId: string;
  readonly text: string;
  readonly authorId: string | null;
  readonly createdSeq: number;
}

export interface ConsultationState {
  readonly phase: Phase;
  /** The facilitator's working pairing, edited before it is confirmed. */
  readonly draft: Pairing;
  /** The confirmed pairing (empty while preparing). */
  readonly visits: Pairing;
  readonly questions: Readonly<Record<string, Question>>;
  readonly advice: Readonly<Record<string, Advice>>;
  /** Visiting partnerships whose questions and advice the facilitator shared with the room. */
  readonly shared: Readonly<Record<string, true>>;
}

/** What happened, plainly. Who may read it is decided in `view.ts`. */
export type ConsultationEvent =
  | {
      type: 'questionAdded';
      questionId: string;
      partnershipId: string;
      text: string;
      authorId: string | null;
      source: QuestionSource | null;
    }
  | { type: 'questionRemoved'; questionId: string }
  | {
      type: 'adviceAdded';
      adviceId: string;
      questionId: string;
      hostId: string;
      text: string;
      authorId: string | null;
    }
  | { type: 'adviceRemoved'; adviceId: string }
  | { type: 'pairsSuggested'; visits: Record<string, string> }
  | { type: 'visitSet'; visitorId: string; hostId: string | null }
  | { type: 'pairsConfirmed'; visits: Record<string, string> }
  | { type: 'pairsReopened' }
  | { type: 'visitsShared'; visitorIds: string[] }
  | { type: 'closed' }
  | { type: 'reopened' };

/** Questions in the order they were put forward. */
export function questionsOf(
  state: Pick<ConsultationState, 'questions'>,
  partnershipId: string,
): Question[] {
  return Object.values(state.questions)
    .filter((q) => q.partnershipId === partnershipId)
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/** The advice on one question, oldest first. */
export function adviceOn(state: Pick<ConsultationState, 'advice'>, questionId: string): Advice[] {
  return Object.values(state.advice)
    .filter((a) => a.questionId === questionId)
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/** The partnerships visiting `hostId` under a pairing. */
export function visitorsOf(pairing: Pairing, hostId: string): string[] {
  return Object.keys(pairing).filter((visitorId) => pairing[visitorId] === hostId);
}
