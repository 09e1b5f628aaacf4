import type { Side } from '../../domain/workshop/state.ts';
import type { CrossingCount } from './counts.ts';
import type { Anonymity, Outcome, Phase, Stage, Status } from './schema.ts';

/** One argument as a view shows it: its author only when signed (or, for facilitators, known). */
export interface ArgumentCard {
  readonly id: string;
  readonly text: string;
  readonly authorId: string | null;
  readonly named: boolean;
  readonly byFacilitator: boolean;
  readonly createdSeq: number;
  /** Set in the browser (personalize) on the phone that wrote it. */
  readonly mine: boolean;
}

/**
 * One prejudice as a view shows it. Never who crossed: only the guarded `count`, and only
 * after the crossing closed. Participants and the projector get approved, revealed ones only.
 */
export interface PrejudiceCard {
  readonly id: string;
  readonly about: Side;
  readonly text: string;
  readonly status: Status;
  /** Facilitators only, and only when the activity is anonymous to peers; else null. */
  readonly authorId: string | null;
  readonly byFacilitator: boolean;
  /** How many submissions were merged into this one (0 for an ordinary one). */
  readonly mergedCount: number;
  readonly createdSeq: number;
  readonly stage: Stage;
  readonly revealedSeq: number | null;
  readonly count: CrossingCount | null;
  readonly split: boolean;
  readonly exact: boolean;
  readonly arguments: Readonly<Record<string, ArgumentCard>>;
  readonly outcome: Outcome | null;
  readonly knockedDown: boolean;
  /** Set in the browser (personalize): this phone crossed the line for it. */
  readonly crossedByMe: boolean;
}

/** What a phone remembers of its own submission (from its overlay, when authors are kept). */
export interface MySubmission {
  readonly id: string;
  readonly text: string;
  readonly about: Side;
  readonly status: 'waiting' | 'approved' | 'notChosen';
}

export interface CrossTheLineView {
  readonly phase: Phase;
  readonly anonymity: Anonymity;
  readonly currentId: string | null;
  readonly throws: number;
  /** Facilitators: every prejudice but merged-away ones. Others: the revealed ones. */
  readonly prejudices: Readonly<Record<string, PrejudiceCard>>;
  /** Facilitators: the play order. Others: empty (what is still to come is not shown). */
  readonly order: readonly string[];
  /** Approved prejudices not shown yet (a number only: their words wait for their turn). */
  readonly waiting: number;
  /** Set in the browser (personalize): this phone's own submissions, when authors are kept. */
  readonly mine: readonly MySubmission[] | null;
}

/** What one participant sees on top: their own crossings, submissions and arguments. */
export interface CrossTheLineOverlay {
  readonly crossed: readonly string[];
  readonly submissions: readonly MySubmission[];
  readonly arguments: readonly string[];
}
