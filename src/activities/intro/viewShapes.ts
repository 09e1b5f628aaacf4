import type { Conversation, IntroState, Phase, RoundTiming } from './schema.ts';

/**
 * What each audience of the introduction round receives (computed in `view.ts` on the server,
 * drawn by `views/**` in the browser). Who talks with whom is public in the room, but a phone
 * needs only its own conversation, so nobody's phone carries the whole room's names.
 *
 * - facilitators: the whole state, every round with its conversations and questions;
 * - the projector: the clock, and the running round's pairs (ids, named in `people`) when they
 *   fit on the screen;
 * - phones: the clock alike for everyone, and their own conversation in a small overlay.
 */
export type FacilitatorView = IntroState;

/** Where the activity is, and the running round's clock: what every screen shows alike. */
export interface ClockView {
  readonly phase: Phase;
  /** Rounds held so far (0 before the first): the waiting texts differ before and between. */
  readonly roundsHeld: number;
  /** The running round's number and clock; null outside a round. */
  readonly round: RoundTiming | null;
}

/** More conversations than this do not fit beside the clock in readable type. */
export const MAX_PAIRS_SHOWN = 16;

export interface ProjectorView extends ClockView {
  /**
   * Who talks with whom in the running round (participant ids), when it fits on the screen;
   * null otherwise, so a big hall's names are not sent to a screen that cannot show them.
   * The list is replaced as a whole each round, so an array patches as well as a record.
   */
  readonly pairs: readonly (readonly string[])[] | null;
  /** Conversations held over all rounds, for the closing thanks. */
  readonly conversationsHeld: number;
}

/** A phone's view: the shared clock with its own conversation folded in (`personalize`). */
export interface PhoneView extends ClockView {
  /** My conversation in the running round: my partner(s) and our question; null if none. */
  readonly mine: Conversation | null;
}

/** One phone's own part: the conversation it is in, and the round it belongs to. */
export interface PhoneOverlay {
  readonly round: number;
  readonly conversation: Conversation;
}
