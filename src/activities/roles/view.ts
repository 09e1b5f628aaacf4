import type { ViewContext } from '../../domain/activity.ts';
import {
  FACILITATOR,
  OBSERVER,
  PARTICIPANTS,
  PROJECTOR,
  type Audience,
  type ViewPart,
} from '../../domain/views/audience.ts';
import { own } from '../../domain/ids.ts';
import { guardCount, guardSplit } from '../../domain/views/smallGroups.ts';
import type { Participant, Side } from '../../domain/workshop/state.ts';
import { visibleRoles, type Role, type RolesConfig, type RolesState } from './schema.ts';
import type { RolesOverlay, RolesView, UnsharedCount } from './viewShapes.ts';
import { keptCopies } from '../../domain/views/keptCopies.ts';

/** The audience of one municipality's phones: `partnership:<partnershipId>`. */
const PARTNERSHIP = 'partnership:';

/**
 * Per municipality, a municipality's phones share one audience: its lists are theirs alone
 * until the facilitator shares them. In workshop scope every list is everyone's, and someone
 * without a municipality reads only shared lists in either scope.
 */
export function audienceOf(
  _state: RolesState,
  participant: Participant,
  config: RolesConfig,
): Audience {
  return config.scope === 'municipality' && participant.partnershipId
    ? `${PARTNERSHIP}${participant.partnershipId}`
    : PARTICIPANTS;
}

/** The municipality whose private lists an audience may read, if any. */
function ownGroupOf(audience: Audience): string | null {
  return audience.startsWith(PARTNERSHIP) ? audience.slice(PARTNERSHIP.length) : null;
}

function readable(role: Role, audience: Audience): boolean {
  return role.shared || role.group === ownGroupOf(audience);
}

const publicRoles = keptCopies<Role>();

/** A role as the room reads it: support as a count, an anonymous proposer unnamed. */
function publicRole(role: Role): Role {
  return publicRoles(role, 'public', (r) => ({
    ...r,
    proposerId: r.anonymous ? null : r.proposerId,
    endorsers: [],
  }));
}

/**
 * Facilitators see the state. Everyone else sees the roles in use (not hidden, not merged
 * away) that they may read; the projector and observers also how many roles each municipality
 * not shared yet has, where placeholders used to travel. Nothing here names anyone, so no
 * view lists `people`.
 */
export function view(
  state: RolesState,
  audience: Audience,
  ctx: ViewContext<RolesConfig>,
): ViewPart<RolesView> {
  if (audience === FACILITATOR) return { data: { ...state, unshared: {} } };
  const roles: Record<string, Role> = {};
  for (const role of visibleRoles(state))
    if (readable(role, audience)) roles[role.id] = publicRole(role);
  const screen = audience === PROJECTOR || audience === OBSERVER;
  const unshared = screen && ctx.config.scope === 'municipality' ? unsharedCounts(state) : {};
  const { phase, sharedGroups, spotlightId } = state;
  return { data: { phase, roles, sharedGroups, spotlightId, unshared } };
}

/**
 * Roles per side of each municipality not shared yet. A municipality's lists are the work of
 * its few people, so a side with one or two roles says "fewer than 3", and a total that would
 * give such a side away by subtraction is left out.
 */
function unsharedCounts(state: RolesState): Record<string, UnsharedCount> {
  const perGroup = new Map<string, Record<Side, number>>();
  for (const role of visibleRoles(state)) {
    if (role.shared) continue;
    const sides = perGroup.get(role.group) ?? { formal: 0, informal: 0 };
    sides[role.side] += 1;
    perGroup.set(role.group, sides);
  }
  const counts: Record<string, UnsharedCount> = {};
  for (const [group, sides] of perGroup) {
    const split = guardSplit(sides);
    const total = guardCount(sides.formal + sides.informal);
    counts[group] = {
      sides: split.parts,
      total: 'exact' in total && !split.totalSafe ? null : total,
    };
  }
  return counts;
}

/**
 * A phone's own part: its anonymous roles (so it can show "yours" and offer withdrawing) and
 * what it endorses, among the roles its audience reads. Null when there is nothing.
 */
export function overlay(
  state: RolesState,
  participantId: string,
  ctx: ViewContext<RolesConfig>,
): ViewPart<RolesOverlay> | null {
  const participant = own(ctx.participants, participantId);
  if (!participant) return null;
  const audience = audienceOf(state, participant, ctx.config);
  const proposed: Record<string, true> = {};
  const endorsed: Record<string, true> = {};
  for (const role of visibleRoles(state)) {
    if (!readable(role, audience)) continue;
    if (role.anonymous && role.proposerId === participantId) proposed[role.id] = true;
    if (role.endorsers.includes(participantId)) endorsed[role.id] = true;
  }
  const nothing = Object.keys(proposed).length + Object.keys(endorsed).length === 0;
  return nothing ? null : { data: { proposed, endorsed } };
}
