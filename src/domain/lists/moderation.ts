import { ensure } from '../errors.ts';
import { own } from '../ids.ts';

/**
 * List moderation shared by every kind with lists of contributions (notes, roles, prejudices):
 * the facilitator edits, merges duplicates, hides and orders. Items are never deleted by
 * moderation: a merged item points at the merge, a hidden one is flagged, so the log and the
 * report keep the originals.
 */
export interface ModeratedItem {
  readonly id: string;
  readonly hidden: boolean;
  /** Set once merged: the item it was merged into. */
  readonly mergedInto: string | null;
}

/** An item that can still be worked on (not hidden, not merged away), or WP_ERR_NOT_FOUND. */
export function usableItem<T extends ModeratedItem>(
  items: Readonly<Record<string, T>>,
  id: string,
): T {
  const item = own(items, id);
  ensure(item && !item.hidden && !item.mergedInto, 'WP_ERR_NOT_FOUND');
  return item;
}

/** An item that exists and was not merged away (hidden ones may be brought back). */
export function knownItem<T extends ModeratedItem>(
  items: Readonly<Record<string, T>>,
  id: string,
): T {
  const item = own(items, id);
  ensure(item && !item.mergedInto, 'WP_ERR_NOT_FOUND');
  return item;
}

/**
 * The items to merge: two or more distinct, usable items from one list (`listOf` names the
 * list an item is in). Refuses with WP_ERR_NOT_FOUND or WP_ERR_VALIDATION on `field`.
 */
export function itemsToMerge<T extends ModeratedItem>(
  items: Readonly<Record<string, T>>,
  ids: readonly string[],
  listOf: (item: T) => string,
  field: string,
): T[] {
  const unique = [...new Set(ids)];
  ensure(unique.length >= 2, 'WP_ERR_VALIDATION', { field });
  const chosen = unique.map((id) => usableItem(items, id));
  const list = listOf(chosen[0]!);
  ensure(
    chosen.every((item) => listOf(item) === list),
    'WP_ERR_VALIDATION',
    { field },
  );
  return chosen;
}

/** Whether hiding or unhiding changes anything: null when it is already so. */
export function visibilityChange<T extends ModeratedItem>(item: T, hide: boolean): T | null {
  return item.hidden === hide ? null : item;
}

/**
 * The list's order after moving one item to `toIndex` (clamped), or null when it stays where
 * it is.
 */
export function moveInList(order: readonly string[], id: string, toIndex: number): string[] | null {
  const from = order.indexOf(id);
  if (from < 0) return null;
  const to = Math.max(0, Math.min(toIndex, order.length - 1));
  if (from === to) return null;
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** The items a list shows: not hidden, not merged away. */
export function shownItems<T extends ModeratedItem>(items: Readonly<Record<string, T>>): T[] {
  return Object.values(items).filter((item) => !item.hidden && !item.mergedInto);
}
