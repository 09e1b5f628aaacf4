import type { Reference } from '../../../domain/activity.ts';
import type { Side } from '../../../domain/workshop/state.ts';

/**
 * How one activity kind plays its part of the seed's completed workshop (issue 9, "the seed as
 * demo data"). The seed runner (`run.ts`) creates the workshop, joins the placeholder
 * participants, then for each programme block with a kind starts the activity, calls that
 * kind's script with the block's data file, and stops it. Scripts only *send commands*, as a
 * live workshop does: never rows written directly.
 */

/** A placeholder participant of the seed's workshop, "Deelnemer 1 (Utrecht, informeel)". */
export interface SeedParticipant {
  /** Stable key used in data files, e.g. `utrecht-informeel-1`. */
  readonly key: string;
  readonly participantId: string;
  readonly displayName: string;
  readonly municipality: string;
  readonly partnershipId: string;
  readonly side: Side;
}

export interface SeedPartnership {
  readonly id: string;
  readonly municipality: string;
}

export interface SeedRun {
  readonly activityId: string;
  readonly participants: readonly SeedParticipant[];
  readonly partnerships: readonly SeedPartnership[];
  /**
   * Sends one command to this activity, as the facilitator or as the participant with this
   * key. Resolves to the id of what it made (`createdId`), or undefined; throws when refused.
   */
  send(as: 'facilitator' | string, command: Record<string, unknown>): Promise<string | undefined>;
  /** The activity's full state now (what `evolve` made), to find ids a script needs next. */
  state<S>(): S;
  /** What the workshop's activities offer by reference now (a plan's open questions…). */
  references(): readonly Reference[];
  /** Participants in the room when a command needs `present` (pairs, crossings): all of them. */
  readonly present: readonly string[];
}

/** A kind's part of the seed: plays the data file's contents through `run.send`. */
export type SeedScript = (run: SeedRun, data: unknown) => Promise<void>;
