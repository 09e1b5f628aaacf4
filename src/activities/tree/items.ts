import type { ActivityViewer } from '../../domain/actors.ts';
import type { Item, TreeState, Zone } from './schema.ts';

/**
 * Privacy of "Boom van de samenwerking", shared by event and state redaction so the two
 * cannot drift apart:
 * - until the facilitator shares the trees, a group's items reach only that group (and
 *   facilitators); everyone else, the projector included, holds placeholders that say in
 *   which group and zone an item sits (so the room sees counts) and nothing else;
 * - who wrote an item is known only to its author and facilitators: a tree is group work.
 */
export function canRead(
  item: { groupId: string; revealed: boolean },
  viewer: ActivityViewer,
): boolean {
  return viewer.kind === 'facilitator' || item.revealed || item.groupId === viewer.groupId;
}

export function authorFor(authorId: string | null, viewer: ActivityViewer): string | null {
  if (viewer.kind === 'facilitator') return authorId;
  if (viewer.kind === 'participant' && viewer.participantId === authorId) return authorId;
  return null;
}

/** What an outsider holds before the trees are shared. */
export function toPlaceholder(item: Item): Item {
  return { ...item, text: '', links: [], authorId: null, placeholder: true };
}

/** One item as one viewer may see it. */
export function itemFor(item: Item, viewer: ActivityViewer): Item {
  if (viewer.kind === 'facilitator') return item;
  if (!canRead(item, viewer)) return toPlaceholder(item);
  return { ...item, authorId: authorFor(item.authorId, viewer) };
}

export function withItem(state: TreeState, item: Item): TreeState {
  return { ...state, items: { ...state.items, [item.id]: item } };
}

/**
 * Puts `itemId` at `index` of `zone` and numbers both the old and the new zone 0, 1, 2…
 * Every viewer holds every item of a group (placeholders included), so every viewer ends up
 * with the same ranks.
 */
export function placeItem(state: TreeState, itemId: string, zone: Zone, index: number): TreeState {
  const item = state.items[itemId];
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
