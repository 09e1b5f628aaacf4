import type { Reference } from '../../../../domain/activity.ts';
import type { Side } from '../../../../domain/workshop/state.ts';
import type { StrengthRef } from '../../schema.ts';

/** The strengths other activities offer now (their current wording, never a copy). */
export function strengthsOffered(references: readonly Reference[], side?: Side): Reference[] {
  return references.filter((r) => r.type === 'strength' && (side === undefined || r.side === side));
}

/** A linked strength's current text, or null when it is no longer shared (hidden, merged). */
export function strengthText(references: readonly Reference[], ref: StrengthRef): string | null {
  const found = references.find(
    (r) => r.type === 'strength' && r.activityId === ref.activityId && r.id === ref.id,
  );
  return found?.text ?? null;
}

/** A stable key for a reference, for list keys and checkbox values. */
export const refKey = (ref: StrengthRef) => `${ref.activityId}:${ref.id}`;

/**
 * False for a strength the room never saw: "De kracht van de ander" keeps the notes of a round
 * that ended without sharing and offers them with `shared: false`.
 */
export function isSharedInRoom(reference: Reference): boolean {
  return (reference as Reference & { shared?: boolean }).shared !== false;
}
