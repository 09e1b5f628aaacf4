import type { GuardedCount } from '../../domain/views/smallGroups.ts';
import type { Side } from '../../domain/workshop/state.ts';
import type { RolesState } from './schema.ts';

/**
 * What each audience of "Wie speelt welke rol" receives (computed in `view.ts` on the server,
 * drawn by `views/**` in the browser). Every view has the state's shape, so the screens read
 * lists the same way everywhere; what differs is which roles are in it and what they say:
 *
 * - facilitators: the whole state (hidden and merged roles, proposers, endorsers);
 * - one municipality's phones (`partnership:<id>`, in municipality scope): their own lists,
 *   private until the facilitator shares them, and every shared list;
 * - other phones (`participants`): the shared lists;
 * - the projector (and observers): the shared lists, and for each municipality not shared yet
 *   only how many roles its lists hold, guarded so a small number singles nobody out.
 *
 * Outside the console no role names its endorsers, and an anonymous role not its proposer;
 * each phone learns its own part (which roles it proposed, which it endorses) from its overlay.
 */
export interface RolesView extends RolesState {
  /** Per municipality whose lists this audience may not read yet: how many roles they hold. */
  readonly unshared: Readonly<Record<string, UnsharedCount>>;
}

/** How many roles a municipality's lists hold before they are shared. */
export interface UnsharedCount {
  readonly sides: Readonly<Record<Side, GuardedCount>>;
  /** Null when the exact total would give a guarded side's number away by subtraction. */
  readonly total: GuardedCount | null;
}

/** One phone's own part, folded into its audience's view by `personalize`. */
export interface RolesOverlay {
  /** Anonymous roles this person proposed (the view does not name their proposer). */
  readonly proposed: Readonly<Record<string, true>>;
  /** Roles this person endorses (the view gives counts only). */
  readonly endorsed: Readonly<Record<string, true>>;
}
