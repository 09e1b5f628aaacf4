import type { ActivityContext } from '../../domain/activity.ts';
import { DomainError, ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import type { AnyItem, ListName, PlansConfig, PlansState } from './schema.ts';

export type Ctx = ActivityContext<PlansConfig>;

export function ensureFacilitator(ctx: Ctx): void {
  ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
}

/** Participants write only while the plans are open; facilitators may still tidy after. */
export function ensureWritable(state: PlansState, ctx: Ctx): void {
  if (ctx.participant) ensure(state.phase === 'write', 'WP_ERR_WRONG_PHASE');
}

/**
 * The plan a new item goes in: a participant's own partnership's (someone without one has no
 * plan to write in), or for a facilitator the partnership they name.
 */
export function targetPlan(partnershipId: string | undefined, ctx: Ctx): string {
  if (ctx.participant) {
    ensure(ctx.participant.partnershipId, 'WP_ERR_FORBIDDEN');
    return ctx.participant.partnershipId;
  }
  ensure(partnershipId, 'WP_ERR_VALIDATION', { field: 'partnershipId' });
  ensure(own(ctx.partnerships, partnershipId), 'WP_ERR_NOT_FOUND');
  return partnershipId;
}

/** A partnership of this workshop (for sharing and spotlighting). */
export function knownPartnership(partnershipId: string, ctx: Ctx): string {
  ensure(own(ctx.partnerships, partnershipId), 'WP_ERR_NOT_FOUND');
  return partnershipId;
}

/**
 * The item `itemId` on list `list`, with the plan it is in. A participant reaches only their
 * own partnership's plan: any other item is "not found", so a refusal never confirms that
 * another partnership's draft exists.
 */
export function findItem(
  state: PlansState,
  list: ListName,
  itemId: string,
  ctx: Ctx,
): { partnershipId: string; item: AnyItem } {
  for (const [partnershipId, plan] of Object.entries(state.plans)) {
    const item = own<AnyItem>(plan[list], itemId);
    if (!item) continue;
    if (ctx.participant)
      ensure(ctx.participant.partnershipId === partnershipId, 'WP_ERR_NOT_FOUND');
    return { partnershipId, item };
  }
  throw new DomainError('WP_ERR_NOT_FOUND');
}
