import { z } from 'zod';
import { idSchema } from '../../domain/ids.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';
import { sideSchema, type Side } from '../../domain/workshop/state.ts';

/**
 * Who may know who submitted a prejudice. `all` (the default): nobody, not even the
 * facilitator — the author is then not recorded at all. `peers`: the facilitator may see it,
 * other participants and the projector never.
 */
export const ANONYMITY = ['all', 'peers'] as const;
export type Anonymity = (typeof ANONYMITY)[number];

export const configSchema = z.object({
  anonymity: z.enum(ANONYMITY),
});
export type CrossTheLineConfig = z.infer<typeof configSchema>;

const prejudiceText = text(LIMITS.noteText);

export const commandSchema = z.discriminatedUnion('type', [
  // Participants
  z.object({ type: z.literal('submitPrejudice'), about: sideSchema, text: prejudiceText }),
  z.object({ type: z.literal('crossLine'), prejudiceId: idSchema, crossed: z.boolean() }),
  z.object({
    type: z.literal('addArgument'),
    prejudiceId: idSchema,
    text: prejudiceText,
    /** A participant may sign an argument; unsigned ones carry no name for anyone else. */
    named: z.boolean().optional(),
  }),
  // Facilitator: the queue (pre-screening)
  z.object({ type: z.literal('addPrejudice'), about: sideSchema, text: prejudiceText }),
  z.object({ type: z.literal('approvePrejudice'), prejudiceId: idSchema }),
  z.object({
    type: z.literal('editPrejudice'),
    prejudiceId: idSchema,
    text: prejudiceText,
    about: sideSchema.optional(),
  }),
  z.object({ type: z.literal('rejectPrejudice'), prejudiceId: idSchema }),
  z.object({ type: z.literal('restorePrejudice'), prejudiceId: idSchema }),
  z.object({
    type: z.literal('mergePrejudices'),
    prejudiceIds: z.array(idSchema).min(2).max(20),
    text: prejudiceText.optional(),
  }),
  z.object({
    type: z.literal('movePrejudice'),
    prejudiceId: idSchema,
    toIndex: z.number().int().min(0).max(10_000),
  }),
  // Facilitator: playing
  z.object({ type: z.literal('startPlay') }),
  z.object({ type: z.literal('revealPrejudice'), prejudiceId: idSchema }),
  z.object({ type: z.literal('showPrejudice'), prejudiceId: idSchema }),
  z.object({ type: z.literal('closeCrossing'), prejudiceId: idSchema }),
  z.object({ type: z.literal('reopenCrossing'), prejudiceId: idSchema }),
  z.object({
    type: z.literal('setCountDisplay'),
    prejudiceId: idSchema,
    split: z.boolean(),
    exact: z.boolean(),
  }),
  z.object({ type: z.literal('hideArgument'), argumentId: idSchema }),
  z.object({
    type: z.literal('setOutcome'),
    prejudiceId: idSchema,
    outcome: z.enum(['debunked', 'stays']).nullable(),
  }),
  // Facilitator: the skittles
  z.object({ type: z.literal('startBowling') }),
  z.object({ type: z.literal('knockDown'), prejudiceId: idSchema }),
  z.object({ type: z.literal('knockDownAll') }),
  z.object({ type: z.literal('close') }),
]);
export type CrossTheLineCommand = z.infer<typeof commandSchema>;

/** collect: prejudices come in; play: one at a time; bowl: the skittles; closed. */
export type Phase = 'collect' | 'play' | 'bowl' | 'closed';

/** Where a prejudice is in the queue the facilitator screens. */
export type Status = 'submitted' | 'approved' | 'rejected' | 'merged';

/** Where a played prejudice is: queued (not shown yet), people crossing, or the result shown. */
export type Stage = 'queued' | 'crossing' | 'result';

export type Outcome = 'debunked' | 'stays';

/** People counted per side. */
export type PerSide = Readonly<Record<Side, number>>;

export interface Argument {
  readonly id: string;
  readonly prejudiceId: string;
  readonly text: string;
  /**
   * Who wrote it: recorded for signed arguments, and for unsigned ones only when the
   * activity is anonymous to peers (the facilitator may see it then). Null otherwise.
   */
  readonly authorId: string | null;
  readonly named: boolean;
  readonly byFacilitator: boolean;
  readonly hidden: boolean;
  readonly createdSeq: number;
}

export interface Prejudice {
  readonly id: string;
  /** The side the prejudice is about ("informal workers do not keep their agreements"). */
  readonly about: Side;
  readonly text: string;
  /** Recorded only when the activity was anonymous to peers at submission; else null. */
  readonly authorId: string | null;
  readonly byFacilitator: boolean;
  readonly status: Status;
  readonly mergedInto: string | null;
  readonly mergedFrom: readonly string[];
  readonly createdSeq: number;
  readonly stage: Stage;
  /** When it was first revealed (its place in the evening), or null while queued. */
  readonly revealedSeq: number | null;
  /**
   * Who crossed, with their side. Server-only: no view ever carries it (a participant's own
   * crossing reaches them through their overlay alone).
   */
  readonly crossers: Readonly<Record<string, Side>>;
  /** Those present when the crossing closed (and the crossers), per side; null while open. */
  readonly present: PerSide | null;
  /** The facilitator's choices for this item: a formal/informal split, exact small numbers. */
  readonly split: boolean;
  readonly exact: boolean;
  readonly arguments: Readonly<Record<string, Argument>>;
  readonly outcome: Outcome | null;
  readonly knockedDown: boolean;
}

export interface CrossTheLineState {
  readonly phase: Phase;
  readonly prejudices: Readonly<Record<string, Prejudice>>;
  /** The approved prejudices in the order the facilitator will play them. */
  readonly order: readonly string[];
  /** The prejudice on the screens now. */
  readonly currentId: string | null;
  /** Counts knock-downs, so the projector can play the animation once per throw. */
  readonly throws: number;
}

export type CrossTheLineEvent =
  | {
      type: 'prejudiceSubmitted';
      prejudiceId: string;
      about: Side;
      text: string;
      authorId: string | null;
      byFacilitator: boolean;
    }
  | { type: 'prejudiceApproved'; prejudiceId: string }
  | { type: 'prejudiceEdited'; prejudiceId: string; text: string; about: Side }
  | { type: 'prejudiceRejected'; prejudiceId: string }
  | { type: 'prejudiceRestored'; prejudiceId: string }
  | {
      type: 'prejudicesMerged';
      prejudiceId: string;
      sourceIds: string[];
      about: Side;
      text: string;
    }
  | { type: 'orderSet'; order: string[] }
  | { type: 'playStarted' }
  | { type: 'prejudiceRevealed'; prejudiceId: string }
  | { type: 'prejudiceShown'; prejudiceId: string }
  | { type: 'lineCrossed'; prejudiceId: string; participantId: string; side: Side }
  | { type: 'lineUncrossed'; prejudiceId: string; participantId: string }
  | { type: 'crossingClosed'; prejudiceId: string; present: PerSide }
  | { type: 'crossingReopened'; prejudiceId: string }
  | { type: 'countDisplaySet'; prejudiceId: string; split: boolean; exact: boolean }
  | {
      type: 'argumentAdded';
      argumentId: string;
      prejudiceId: string;
      text: string;
      authorId: string | null;
      named: boolean;
      byFacilitator: boolean;
    }
  | { type: 'argumentHidden'; argumentId: string; prejudiceId: string }
  | { type: 'outcomeSet'; prejudiceId: string; outcome: Outcome | null }
  | { type: 'bowlingStarted' }
  | { type: 'skittlesKnockedDown'; prejudiceIds: string[] }
  | { type: 'closed' };

/** The prejudices in play order: the facilitator's order of approved ones. */
export function orderedPrejudices(state: Pick<CrossTheLineState, 'prejudices' | 'order'>) {
  return state.order.flatMap((id) =>
    Object.hasOwn(state.prejudices, id) ? [state.prejudices[id]!] : [],
  );
}

/** The prejudices shown in the room so far, in the order they were first revealed. */
export function revealedPrejudices(state: Pick<CrossTheLineState, 'prejudices'>): Prejudice[] {
  return Object.values(state.prejudices)
    .filter((p) => p.revealedSeq !== null && p.status === 'approved')
    .sort((a, b) => a.revealedSeq! - b.revealedSeq!);
}

/** Arguments still shown, oldest first. */
export function shownArguments(prejudice: Pick<Prejudice, 'arguments'>): Argument[] {
  return Object.values(prejudice.arguments)
    .filter((a) => !a.hidden)
    .sort((a, b) => a.createdSeq - b.createdSeq);
}
