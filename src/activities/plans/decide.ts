import { DomainError, ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import {
  ensureFacilitator,
  ensureWritable,
  findItem,
  knownPartnership,
  targetPlan,
  type Ctx,
} from './guards.ts';
import {
  MAX_ITEMS,
  type AnyItem,
  type ItemChange,
  type PlansCommand,
  type PlansEvent,
  type PlansState,
} from './schema.ts';

/**
 * Decides one command of "Toekomstplannen". Participants add, edit and remove items of their
 * own partnership's plan; the facilitator may do so in any plan (naming it), shares plans with
 * the room, puts one on the projector, and closes or reopens the writing.
 */
export function decide(command: PlansCommand, state: PlansState, ctx: Ctx): PlansEvent[] {
  switch (command.type) {
    case 'addItem': {
      ensureWritable(state, ctx);
      const partnershipId = targetPlan(command.partnershipId, ctx);
      const list = own(state.plans, partnershipId)?.[command.item.list] ?? {};
      ensure(Object.keys(list).length < MAX_ITEMS, 'WP_ERR_TOO_LARGE', {
        field: 'item',
        limit: MAX_ITEMS,
      });
      const authorId = ctx.participant?.id ?? null;
      return [
        { type: 'itemAdded', partnershipId, itemId: ctx.newId(), item: command.item, authorId },
      ];
    }
    case 'editItem': {
      ensureWritable(state, ctx);
      const { partnershipId, item } = findItem(state, command.change.list, command.itemId, ctx);
      const change = changedFields(command.change, item);
      // Nothing differs (a phone sent what is already there): valid, nothing to store.
      if (!change) return [];
      return [{ type: 'itemEdited', partnershipId, itemId: item.id, change }];
    }
    case 'removeItem': {
      ensureWritable(state, ctx);
      const { partnershipId, item } = findItem(state, command.list, command.itemId, ctx);
      return [{ type: 'itemRemoved', partnershipId, list: command.list, itemId: item.id }];
    }
    case 'sharePlan': {
      ensureFacilitator(ctx);
      const partnershipId = knownPartnership(command.partnershipId, ctx);
      if (state.sharedPlans.includes(partnershipId)) return [];
      return [{ type: 'planShared', partnershipId }];
    }
    case 'shareAllPlans':
      ensureFacilitator(ctx);
      return Object.keys(ctx.partnerships)
        .filter((id) => !state.sharedPlans.includes(id))
        .map((partnershipId) => ({ type: 'planShared', partnershipId }));
    case 'spotlightPlan': {
      ensureFacilitator(ctx);
      const { partnershipId } = command;
      if (partnershipId === state.spotlightId) return [];
      if (partnershipId !== null) {
        knownPartnership(partnershipId, ctx);
        // Only a shared plan goes on the big screen: a draft stays with its partnership.
        ensure(state.sharedPlans.includes(partnershipId), 'WP_ERR_WRONG_PHASE');
      }
      return [{ type: 'planSpotlighted', partnershipId }];
    }
    case 'close':
      ensureFacilitator(ctx);
      return state.phase === 'closed' ? [] : [{ type: 'closed' }];
    case 'reopen':
      ensureFacilitator(ctx);
      return state.phase === 'write' ? [] : [{ type: 'reopened' }];
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

/**
 * The fields of `change` that differ from the item now, or null when none does. Keeping only
 * real changes keeps each event to what the person actually changed, so it can never undo a
 * field someone else changed meanwhile.
 */
function changedFields(change: ItemChange, item: AnyItem): ItemChange | null {
  const current = item as unknown as Readonly<Record<string, unknown>>;
  const kept: Record<string, unknown> = { list: change.list };
  let any = false;
  for (const [field, value] of Object.entries(change)) {
    if (field === 'list' || value === undefined || current[field] === value) continue;
    kept[field] = value;
    any = true;
  }
  return any ? (kept as ItemChange) : null;
}
