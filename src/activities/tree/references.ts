import type { Reference } from '../../domain/activity.ts';
import { ZONES, groupList, zoneItems, type TreeState } from './schema.ts';

/**
 * Shared tree items, offered to later activities (plans can point at a root or a fruit).
 * Only after the trees are shared: until then a tree belongs to its group.
 */
export function references(state: TreeState, _config: unknown, activityId: string): Reference[] {
  if (state.phase !== 'shared' && state.phase !== 'closed') return [];
  return groupList(state).flatMap((group) =>
    ZONES.flatMap((zone) =>
      zoneItems(state, group.id, zone)
        .filter((i) => i.revealed && !i.placeholder)
        .map((i) => ({ type: `tree.${zone}`, activityId, id: i.id, text: i.text, side: null })),
    ),
  );
}
