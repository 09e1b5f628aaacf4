import type { Reference } from '../../domain/activity.ts';
import { ZONES, groupList, isShared, zoneItems, type TreeState } from './schema.ts';

/**
 * Shared tree items, offered to later activities (plans can point at a root or a fruit).
 * Only after the trees are shared: until then a tree belongs to its group.
 */
export function references(state: TreeState, _config: unknown, activityId: string): Reference[] {
  if (!isShared(state.phase)) return [];
  return groupList(state).flatMap((group) =>
    ZONES.flatMap((zone) =>
      zoneItems(state, group.id, zone).map((i) => ({
        type: `tree.${zone}`,
        activityId,
        id: i.id,
        text: i.text,
        side: null,
      })),
    ),
  );
}
