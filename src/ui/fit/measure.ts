/**
 * Geometry for fitting lists on a screen that never scrolls. A list is laid out in its box
 * (any CSS: one column, a grid, wrapped chips); an item fits when its whole border box lies
 * inside the box. Items are read in order: the first that does not fit ends the page, so a
 * page is always a run of consecutive items and reading order is kept.
 */

/** Half a pixel of slack: sub-pixel layout must not push an item that touches the edge off. */
const SLACK = 0.5;

export function inside(item: DOMRect, box: DOMRect): boolean {
  return (
    item.top >= box.top - SLACK &&
    item.bottom <= box.bottom + SLACK &&
    item.left >= box.left - SLACK &&
    item.right <= box.right + SLACK
  );
}

/**
 * How many of the list's items, from the first, fit in the box. At least one when the list
 * is not empty, so a single item too large for the screen still gets a page of its own (and the
 * rotation never stalls on it).
 */
export function countFitting(list: Element, box: Element): number {
  const boxRect = box.getBoundingClientRect();
  const items = list.children;
  let count = 0;
  while (count < items.length && inside(items[count]!.getBoundingClientRect(), boxRect)) count++;
  return items.length > 0 ? Math.max(1, count) : 0;
}

/** Does everything in the list lie in the box? (The visible page's check after a change.) */
export function allFit(list: Element, box: Element): boolean {
  return countFitting(list, box) === list.children.length;
}

/** The items of page `page` of a list cut at `starts` (page n runs to page n + 1's start). */
export function pageSlice<T>(items: readonly T[], starts: readonly number[], page: number): T[] {
  if (starts.length === 0) return [...items];
  const index = Math.min(page, starts.length - 1);
  const from = starts[index]!;
  const to = index + 1 < starts.length ? starts[index + 1]! : items.length;
  return items.slice(from, to);
}
