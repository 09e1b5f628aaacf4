import { own } from '../../domain/ids.ts';
import type { Item, Zone } from './schema.ts';

/** What item helpers change: the full state on the server, or a phone's view of its tree. */
interface WithItems {
  readonly items: Readonly<Record<string, Item>>;
}

export function withItem<S extends WithItems>(state: S, item: Item): S {
  return { ...state, items: { ...state.items, [item.id]: item } };
}

/**
 * Puts `itemId` at `index` of `zone` and numbers both the old and the new zone 0, 1, 2…
 * The server applies it to the state; a phone applies it to its own group's tree to show a
 * move still on its way (the phone holds the whole group's tree, so the ranks agree).
 */
export function placeItem<S extends WithItems>(
  state: S,
  itemId: string,
  zone: Zone,
  index: number,
): S {
  const item = own(state.items, itemId);
  if (!item) return state;
  const inZone = (z: Zone) =>
    Object.values(state.items)
      .filter((i) => i.groupId === item.groupId && i.zone === z && i.id !== itemId)
      .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
  const target = inZone(zone);
  target.splice(Math.max(0, Math.min(index, target.length)), 0, { ...item, zone });
  const items = { ...state.items };
  target.forEach((i, rank) => (items[i.id] = { ...i, rank }));
  if (item.zone !== zone) inZone(item.zone).forEach((i, rank) => (items[i.id] = { ...i, rank }));
  return { ...state, items };
}
