import type { GroupView, Item } from './schema.ts';

/**
 * Lookups that would otherwise walk the whole room. The server computes one view per group
 * (hundreds of groups in a big hall), each time anything in the activity changes, and asks
 * every phone's audience after a regrouping: each of those must cost the size of one group,
 * not of the room. The state is immutable, so an index built once per `groups` or `items`
 * object stays right for as long as that object lives; a WeakMap forgets it with the object.
 */
const memberships = new WeakMap<object, ReadonlyMap<string, string>>();
const treesByGroup = new WeakMap<object, ReadonlyMap<string, readonly Item[]>>();

/** The id of the group a participant is in, or null. */
export function groupIdOf(
  groups: Readonly<Record<string, GroupView>>,
  participantId: string,
): string | null {
  let index = memberships.get(groups);
  if (!index) {
    const built = new Map<string, string>();
    for (const group of Object.values(groups))
      for (const id of group.members ?? []) if (!built.has(id)) built.set(id, group.id);
    memberships.set(groups, (index = built));
  }
  return index.get(participantId) ?? null;
}

/** One group's items, in no particular order (sort with `zoneItems` where order matters). */
export function itemsOfGroup(
  items: Readonly<Record<string, Item>>,
  groupId: string,
): readonly Item[] {
  let index = treesByGroup.get(items);
  if (!index) {
    const built = new Map<string, Item[]>();
    for (const item of Object.values(items)) {
      const list = built.get(item.groupId);
      if (list) list.push(item);
      else built.set(item.groupId, [item]);
    }
    treesByGroup.set(items, (index = built));
  }
  return index.get(groupId) ?? [];
}
