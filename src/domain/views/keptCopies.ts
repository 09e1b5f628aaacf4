/**
 * An item of the state as an audience sees it (an author left out, a note shown as revealed),
 * made once and kept as long as the item itself is unchanged.
 *
 * Why: the state is immutable, so an unchanged item is the same object from one batch to the
 * next, and the server's diff skips it at a glance. A view that copied every item on every
 * computation would break that: in a hall the diff then compared hundreds of notes field by
 * field after every note, for every audience (a fifth of the server's work at 5,000 phones).
 * With this, a view's copies are as stable as the state's items.
 *
 * `variant` names the shape of the copy (e.g. "anonymous"), for items shown differently to
 * different audiences; the copy is kept per item and variant, and dropped with the item.
 */
export function keptCopies<T extends object>(): (
  item: T,
  variant: string,
  copy: (item: T) => T,
) => T {
  const copies = new WeakMap<T, Map<string, T>>();
  return (item, variant, copy) => {
    let mine = copies.get(item);
    if (!mine) copies.set(item, (mine = new Map()));
    let made = mine.get(variant);
    if (!made) mine.set(variant, (made = copy(item)));
    return made;
  };
}
