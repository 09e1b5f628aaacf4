import type { Reference } from '../../domain/activity.ts';
import type { ActivityStatus } from '../../domain/workshop/state.ts';
import { otherSide } from '../../domain/workshop/state.ts';
import { isKeptUnshared, visibleNotes, type Note, type StrengthState } from './schema.ts';

/** A reference that says whether the room saw it; `shared: false` only on kept, unshared notes. */
export interface StrengthReference extends Reference {
  readonly shared?: false;
}

/**
 * Strengths offered to later activities (roles link to them). Revealed notes, and the notes of
 * rounds that ended without a plenary (marked `shared: false`, "not shared in the room"), so
 * nothing written is lost when the facilitator closes without sharing. Notes of a round still
 * being written stay out: what a group writes stays with it until it is shared or its round
 * ends. A strength is *about* the other side.
 *
 * `status` is the activity's status in the workshop, when the engine passes it: an activity
 * stopped in the middle of writing has ended that round too.
 */
export function references(
  state: StrengthState,
  _config: unknown,
  activityId: string,
  status?: ActivityStatus,
): Reference[] {
  const ended = status === 'ended';
  const offered: StrengthReference[] = [];
  // Asked after every batch that touches the activity: while a hall is writing, most notes
  // are neither revealed nor kept, so they are passed over before anything is sorted.
  const offerable = (n: Note) =>
    n.category === 'strength' && (n.revealed || isKeptUnshared(n, state, ended));
  for (const n of visibleNotes(state, offerable)) {
    const kept = isKeptUnshared(n, state, ended);
    const reference = {
      type: 'strength',
      activityId,
      id: n.id,
      text: n.text,
      side: otherSide(n.group),
    };
    offered.push(kept ? { ...reference, shared: false } : reference);
  }
  return offered;
}
