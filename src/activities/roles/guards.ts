import type { ActivityContext } from '../../domain/activity.ts';
import { ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import { usableItem } from '../../domain/lists/moderation.ts';
import type { Side } from '../../domain/workshop/state.ts';
import { phases } from './phases.ts';
import {
  WORKSHOP_GROUP,
  sameRef,
  type Role,
  type RolesConfig,
  type RolesState,
  type StrengthRef,
} from './schema.ts';

export type Ctx = ActivityContext<RolesConfig>;

/** The lists a new role goes on: everyone's, or one partnership's (the participant's own). */
export function targetGroup(partnershipId: string | undefined, ctx: Ctx): string {
  if (ctx.config.scope === 'workshop') return WORKSHOP_GROUP;
  if (ctx.participant) {
    ensure(ctx.participant.partnershipId, 'WP_ERR_FORBIDDEN');
    return ctx.participant.partnershipId;
  }
  ensure(partnershipId, 'WP_ERR_VALIDATION', { field: 'partnershipId' });
  ensure(own(ctx.partnerships, partnershipId), 'WP_ERR_NOT_FOUND');
  return partnershipId;
}

/** Participants act only while the lists are open; facilitators may tidy after closing. */
export function ensureOpenForParticipants(state: RolesState, ctx: Ctx): void {
  if (ctx.participant) phases.ensureIn(state.phase, 'open');
}

export function ensureFacilitator(ctx: Ctx): void {
  ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
}

/**
 * A role in use that the actor may see: not hidden, not merged away, and for a participant on
 * their own municipality's lists or shared. Anything else is "not found", so a refusal never
 * confirms that another municipality's private role exists.
 */
export function usableRole(state: RolesState, roleId: string, ctx: Ctx): Role {
  const role = usableItem(state.roles, roleId);
  if (ctx.participant) {
    ensure(role.shared || role.group === ctx.participant.partnershipId, 'WP_ERR_NOT_FOUND');
  }
  return role;
}

/** Each reference must point at a strength another activity offers now (typed data, no text). */
export function checkedStrengths(refs: readonly StrengthRef[], ctx: Ctx): StrengthRef[] {
  const unique: StrengthRef[] = [];
  for (const ref of refs) {
    const known = ctx.references.some(
      (r) => r.type === 'strength' && r.activityId === ref.activityId && r.id === ref.id,
    );
    ensure(known, 'WP_ERR_NOT_FOUND', { field: 'strengths' });
    if (!unique.some((u) => sameRef(u, ref)))
      unique.push({ activityId: ref.activityId, id: ref.id });
  }
  return unique;
}

/** The next position at the end of a list (hidden and merged roles count, so ranks never clash). */
export function nextRank(state: RolesState, group: string, side: Side): number {
  let max = -1;
  for (const role of Object.values(state.roles))
    if (role.group === group && role.side === side) max = Math.max(max, role.rank);
  return max + 1;
}
