import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { own } from '../../domain/ids.ts';
import { SIDES } from '../../domain/workshop/state.ts';
import {
  WORKSHOP_GROUP,
  isShared,
  visibleRoles,
  type Role,
  type RolesConfig,
  type RolesState,
} from './schema.ts';

/** The report input: `references` resolve a role's strength links to their current wording. */
export type RolesReportInput = ReportInput<RolesConfig>;

/**
 * The report section, shaped like the seed's: "Rollen formele werker" and "Rollen informele
 * werker", per municipality when each worked on its own lists, with for each role the
 * strengths behind it and how many people endorsed it. Hidden and merged-away roles stay out.
 */
export function report(state: RolesState, input: RolesReportInput): ReportBlock[] {
  const roles = visibleRoles(state);
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    { type: 'paragraph', text: input.t('report.intro') },
  ];
  if (roles.length === 0) {
    blocks.push({ type: 'paragraph', text: input.t('report.noRoles') });
    return blocks;
  }
  for (const group of groupsInOrder(roles, input)) {
    const mine = roles.filter((r) => r.group === group);
    const place = placeName(group, input);
    if (place) blocks.push({ type: 'heading', level: 3, text: place });
    // A municipality's lists the facilitator never shared: kept, and marked as such.
    if (!isShared(state, group))
      blocks.push({ type: 'paragraph', text: input.t('report.notShared') });
    for (const side of SIDES) {
      blocks.push({
        type: 'list',
        title: input.t(`report.list.${side}`),
        items: mine.filter((r) => r.side === side).map((r) => itemText(r, input)),
      });
    }
  }
  blocks.push({
    type: 'counts',
    items: [
      ...SIDES.map((side) => ({
        label: input.t(`report.count.${side}`),
        value: roles.filter((r) => r.side === side).length,
      })),
      {
        label: input.t('report.count.endorsements'),
        value: roles.reduce((sum, r) => sum + r.endorsements, 0),
      },
    ],
  });
  return blocks;
}

/** The workshop's lists first, then municipalities alphabetically. */
function groupsInOrder(roles: readonly Role[], input: RolesReportInput): string[] {
  const groups = [...new Set(roles.map((r) => r.group))];
  const key = (g: string) => (g === WORKSHOP_GROUP ? '' : (placeName(g, input) ?? g));
  return groups.sort((a, b) => key(a).localeCompare(key(b), input.language));
}

function placeName(group: string, input: RolesReportInput): string | null {
  if (group === WORKSHOP_GROUP) return null;
  return own(input.partnerships, group)?.municipality ?? input.t('report.unknownMunicipality');
}

/** "Fixer (snel regelen) — steun van 3 — krachten erachter: …" */
function itemText(role: Role, input: RolesReportInput): string {
  const parts = [role.description ? `${role.name} (${role.description})` : role.name];
  parts.push(input.t('report.endorsements', { count: role.endorsements }));
  if (role.strengths.length > 0) {
    const texts = role.strengths.flatMap((ref) => {
      const found = input.references?.find(
        (r) => r.type === 'strength' && r.activityId === ref.activityId && r.id === ref.id,
      );
      return found ? [found.text] : [];
    });
    parts.push(
      texts.length > 0
        ? input.t('report.strengths', { list: texts.join('; ') })
        : input.t('report.linkedCount', { count: role.strengths.length }),
    );
  }
  return parts.join(' — ');
}
