import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import {
  WORKSHOP_GROUP,
  isShared,
  visibleRoles,
  type Role,
  type RolesConfig,
  type RolesState,
} from './schema.ts';

/**
 * One record per role the report shows (hidden and merged-away roles stay out), with links to
 * the strengths behind it. `side` is whose role it is. A role proposed anonymously, or in an
 * activity that is anonymous now, names no proposer in any export. A municipality's lists the
 * room never saw say so in `phase`.
 */
export function records(state: RolesState, input: ReportInput<RolesConfig>): ContributionRecord[] {
  const open = input.t('phase.open');
  const unshared = `${open} · ${input.t('console.notShared')}`;
  return visibleRoles(state).map((role) => {
    const ofPartnership = role.group !== WORKSHOP_GROUP;
    return {
      id: role.id,
      type: 'role',
      phase: isShared(state, role.group) ? open : unshared,
      round: null,
      group: ofPartnership
        ? (own(input.partnerships, role.group)?.municipality ??
          input.t('report.unknownMunicipality'))
        : null,
      authorId: role.anonymous || input.config.anonymous ? null : role.proposerId,
      side: role.side,
      partnershipId: ofPartnership ? role.group : null,
      at: null,
      text: textOf(role),
      codes: [input.t(`report.list.${role.side}`)],
      links: role.strengths.map((s) => ({ activityId: s.activityId, id: s.id })),
    };
  });
}

/** As the report words it: "Fixer (snel regelen)". */
function textOf(role: Role): string {
  return role.description ? `${role.name} (${role.description})` : role.name;
}
