import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { groupTitle, treeSvgs } from './picture.ts';
import {
  FOCUSES,
  ZONES,
  groupList,
  isShared,
  zoneItems,
  type Group,
  type TreeConfig,
  type TreeState,
  type Zone,
} from './schema.ts';
import { normaliseText } from './shared.ts';

/**
 * The report section, shaped like the seed's: per focus ("Individueel gericht",
 * "Gemeenschapsgericht") the roots, watering can and fruits of all its groups as lists (the
 * same item named by two groups once), then the picture of every group's tree.
 */
export function report(state: TreeState, input: ReportInput<TreeConfig>): ReportBlock[] {
  const groups = groupList(state).filter((g) => hasItems(state, g));
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    { type: 'paragraph', text: input.t('report.intro') },
  ];
  // Stopped before the sharing: the trees are all here, but the room never saw them.
  if (groups.length > 0 && !isShared(state.phase))
    blocks.push({ type: 'paragraph', text: input.t('report.notShared') });
  for (const focus of FOCUSES) {
    const ofFocus = groups.filter((g) => g.focus === focus);
    if (ofFocus.length === 0) continue;
    blocks.push({ type: 'heading', level: 3, text: input.t(`focus.${focus}`) });
    blocks.push({
      type: 'paragraph',
      text: input.t('report.groupsPerFocus', {
        groups: ofFocus.map((g) => input.t('groupName', { number: g.number })).join(', '),
      }),
    });
    for (const zone of ZONES) {
      const items = texts(state, ofFocus, zone, input);
      if (items.length > 0) blocks.push({ type: 'list', title: input.t(`report.${zone}`), items });
    }
  }
  for (const { group, svg } of treeSvgs(state, input.t)) {
    if (!hasItems(state, group)) continue;
    blocks.push({
      type: 'figure',
      svg,
      caption: input.t('report.figureCaption', { group: groupTitle(group, input.t) }),
    });
  }
  return blocks;
}

function hasItems(state: TreeState, group: Group): boolean {
  return Object.values(state.items).some((i) => i.groupId === group.id);
}

/**
 * The texts of one zone over several groups, once each (the first wording wins), with the
 * roles and strengths an item was linked to in their current wording.
 */
function texts(
  state: TreeState,
  groups: readonly Group[],
  zone: Zone,
  input: ReportInput<TreeConfig>,
): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const group of groups) {
    for (const item of zoneItems(state, group.id, zone)) {
      const key = normaliseText(item.text);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const links = item.links.flatMap((link) => {
        const found = input.references.find(
          (r) => r.activityId === link.activityId && r.id === link.id,
        );
        return found ? [found.text] : [];
      });
      result.push(
        links.length
          ? input.t('report.linked', { text: item.text, links: links.join('; ') })
          : item.text,
      );
    }
  }
  return result;
}
