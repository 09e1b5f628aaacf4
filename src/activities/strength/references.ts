import type { Reference } from '../../domain/activity.ts';
import type { ActivityStatus } from '../../domain/workshop/state.ts';
import { otherSide } from '../../domain/workshop/state.ts';
import { own } from '../../domain/ids.ts';
import {
  isKeptUnshared,
  visibleNotes,
  type Note,
  type StrengthEvent,
  type StrengthState,
} from './schema.ts';

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
  // While a hall is writing, most notes are neither revealed nor kept, so they are passed
  // over before anything is sorted.
  for (const n of visibleNotes(state, (note) => isOffered(note, state, ended))) {
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

function isOffered(note: Note, state: StrengthState, activityEnded: boolean): boolean {
  return (
    note.category === 'strength' && (note.revealed || isKeptUnshared(note, state, activityEnded))
  );
}

/**
 * A note just written that is not offered (its round is still open) leaves the references as
 * they were: whether the other notes are offered depends on them and on the phase and round,
 * which writing a note does not change.
 */
export function keepsReferences(
  event: StrengthEvent,
  state: StrengthState,
  status: ActivityStatus,
): boolean {
  if (event.type !== 'noteAdded') return false;
  const note = own(state.notes, event.noteId);
  return note !== undefined && !isOffered(note, state, status === 'ended');
}
