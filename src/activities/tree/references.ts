import type { Reference } from '../../domain/activity.ts';
import type { ActivityStatus } from '../../domain/workshop/state.ts';
import { ZONES, groupList, isShared, zoneItems, type TreeState } from './schema.ts';

/**
 * Tree items, offered to later activities (plans can point at a root or a fruit). Only after
 * the trees are shared: until then a tree belongs to its group. An activity stopped before its
 * trees were shared keeps them too, so nothing written is lost: they are offered marked
 * `shared: false` ("not shared in the room"). `status` is the activity's status in the
 * workshop, when the engine passes it.
 */
export function references(
  state: TreeState,
  _config: unknown,
  activityId: string,
  status?: ActivityStatus,
): Reference[] {
  const shared = isShared(state.phase);
  if (!shared && status !== 'ended') return [];
  return groupList(state).flatMap((group) =>
    ZONES.flatMap((zone) =>
      zoneItems(state, group.id, zone).map((i) => {
        const reference = { type: `tree.${zone}`, activityId, id: i.id, text: i.text, side: null };
        return shared ? reference : { ...reference, shared: false };
      }),
    ),
  );
}
