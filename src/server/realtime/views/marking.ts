import type { Reach, Reference } from '../../../domain/activity.ts';
import { STAFF_AUDIENCES, type ViewRef } from '../../../domain/views/audience.ts';

/** What one batch of events did, as far as deciding which views it touched goes. */
export interface BatchFacts {
  /** The activities with events in the batch; null for workshop-level events. */
  readonly touched: ReadonlySet<string | null>;
  readonly workshopLevel: boolean;
  /** The shared references (in every workshop view) changed. */
  readonly referencesMoved: boolean;
  /** Participants whose audience or overlay may have changed. */
  readonly reach: ReadonlySet<string> | 'all';
}

/**
 * Whether a batch may have changed a view. Workshop-level events (a join, a name, a new
 * activity) touch the workshop's views and every activity's (names and configs live there);
 * a person's own record and overlays only when the batch reaches that person.
 */
export function touches(ref: ViewRef, batch: BatchFacts): boolean {
  const { touched, workshopLevel, referencesMoved, reach } = batch;
  switch (ref.scope) {
    case 'workshop':
      return workshopLevel || referencesMoved;
    case 'me':
      return workshopLevel && (reach === 'all' || reach.has(ref.participantId));
    case 'activity':
      return workshopLevel || touched.has(ref.activityId);
    case 'overlay':
      return (
        (workshopLevel || touched.has(ref.activityId)) &&
        (reach === 'all' || reach.has(ref.participantId))
      );
  }
}

export function isStaff(ref: ViewRef): boolean {
  return (
    (ref.scope === 'workshop' || ref.scope === 'activity') && STAFF_AUDIENCES.includes(ref.audience)
  );
}

export function union(a: Set<string> | 'all', b: Reach): Set<string> | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  for (const id of b) a.add(id);
  return a;
}

export function addTo(lists: Map<string, string[]>, key: string, id: string): void {
  const list = lists.get(key);
  if (list) list.push(id);
  else lists.set(key, [id]);
}

/** Whether two lists of shared references say the same (compared field by field, no copies). */
export function sameReferences(a: readonly Reference[], b: readonly Reference[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return (
      x.type === y.type &&
      x.activityId === y.activityId &&
      x.id === y.id &&
      x.text === y.text &&
      x.side === y.side
    );
  });
}
