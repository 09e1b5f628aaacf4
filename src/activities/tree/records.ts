import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import {
  ZONES,
  groupList,
  isShared,
  zoneItems,
  type TreeConfig,
  type TreeState,
} from './schema.ts';

/**
 * One record per item on each group's tree, group by group, zone by zone, with the zone and the
 * group's focus as codes and links to the roles and strengths it points at. A tree is group
 * work: the views never tell peers who wrote an item, so no export does either (as with notes
 * anonymous to peers); the group is mixed, so there is no side or partnership to speak for.
 * Trees the room never saw say so in `phase`.
 */
export function records(state: TreeState, input: ReportInput<TreeConfig>): ContributionRecord[] {
  const building = input.t('phase.building');
  const phase = isShared(state.phase) ? building : `${building} · ${input.t('console.notShared')}`;
  return groupList(state).flatMap((group) =>
    ZONES.flatMap((zone) =>
      zoneItems(state, group.id, zone).map((item) => ({
        id: item.id,
        type: 'treeItem',
        phase,
        round: null,
        group: input.t('groupName', { number: group.number }),
        authorId: null,
        side: null,
        partnershipId: null,
        at: null,
        text: item.text,
        codes: [input.t(`zone.${zone}`), input.t(`focus.${group.focus}`)],
        links: item.links.map((link) => ({ activityId: link.activityId, id: link.id })),
      })),
    ),
  );
}
