import { sharedItemIds } from './shared.ts';
import { treeSvg, type TreePicture } from './svg.ts';
import { treeProjectorSvgs } from './svgLandscape.ts';
import { ZONES, groupList, zoneItems, type GroupView, type TreesLike } from './schema.ts';

/** A translator of this kind's strings: views pass `props.t`, the report `input.t`. */
export type TreeTranslate = (
  key: string,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** "Groep 1 · Individueel gericht". */
export function groupTitle(group: Pick<GroupView, 'number' | 'focus'>, t: TreeTranslate): string {
  return t('groupTitle', { number: group.number, focus: t(`focus.${group.focus}`) });
}

/** One group's tree as the picture draws it, with items several groups share marked. */
export function pictureOf(
  state: TreesLike,
  group: GroupView,
  t: TreeTranslate,
  shared: ReadonlySet<string> = sharedItemIds(Object.values(state.items)),
): TreePicture {
  const zone = (z: (typeof ZONES)[number]) =>
    zoneItems(state, group.id, z).map((i) => ({ text: i.text, shared: shared.has(i.id) }));
  return {
    title: groupTitle(group, t),
    roots: zone('roots'),
    wateringCan: zone('wateringCan'),
    fruits: zone('fruits'),
    labels: {
      roots: t('zone.roots'),
      wateringCan: t('zone.wateringCan'),
      fruits: t('zone.fruits'),
      more: (count) => t('picture.more', { count }),
      empty: t('picture.empty'),
      sharedLegend: t('picture.sharedLegend'),
    },
  };
}

/** Every group's tree as SVG, in group order; shared items marked when there are several groups. */
export function treeSvgs<G extends GroupView>(
  state: TreesLike<G>,
  t: TreeTranslate,
): { group: G; svg: string }[] {
  const groups = groupList(state);
  const shared = sharedItemIds(Object.values(state.items));
  return groups.map((group) => ({
    group,
    svg: treeSvg(pictureOf(state, group, t, shared), { markShared: groups.length > 1 }),
  }));
}

/**
 * One group's tree for the projector, when it alone fills the screen: wide, large type, one
 * SVG per page (see svgLandscape.ts). Shared items are marked as in `treeSvgs`.
 */
export function treeProjectorPages(state: TreesLike, group: GroupView, t: TreeTranslate): string[] {
  return treeProjectorSvgs(pictureOf(state, group, t), { markShared: groupList(state).length > 1 });
}
