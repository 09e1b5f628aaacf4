import type { EventMeta } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import {
  emptyPlan,
  type AnyItem,
  type ListName,
  type Plan,
  type PlansEvent,
  type PlansState,
} from './schema.ts';

export const initialPlansState: PlansState = {
  phase: 'write',
  plans: {},
  sharedPlans: [],
  spotlightId: null,
};

function withPlan(state: PlansState, partnershipId: string, plan: Plan): PlansState {
  return { ...state, plans: { ...state.plans, [partnershipId]: plan } };
}

/** Changes one list of one plan (the plan starts empty when it has no items yet). */
function updateList(
  state: PlansState,
  partnershipId: string,
  list: ListName,
  change: (items: Readonly<Record<string, AnyItem>>) => Record<string, AnyItem>,
): PlansState {
  const plan = own(state.plans, partnershipId) ?? emptyPlan;
  return withPlan(state, partnershipId, { ...plan, [list]: change(plan[list]) });
}

/** Applies one event, on the server only (browsers receive views). */
export function evolve(state: PlansState, event: PlansEvent, meta: EventMeta): PlansState {
  switch (event.type) {
    case 'itemAdded': {
      const { list, ...fields } = event.item;
      const item = { ...fields, id: event.itemId, createdSeq: meta.seq, authorId: event.authorId };
      return updateList(state, event.partnershipId, list, (items) => ({
        ...items,
        [event.itemId]: item as AnyItem,
      }));
    }
    case 'itemEdited': {
      // Field by field: what this edit did not touch keeps what others wrote meanwhile.
      const { list, ...fields } = event.change;
      return updateList(state, event.partnershipId, list, (items) => {
        const item = own(items, event.itemId);
        return item
          ? { ...items, [event.itemId]: { ...item, ...fields } as AnyItem }
          : { ...items };
      });
    }
    case 'itemRemoved':
      return updateList(state, event.partnershipId, event.list, (items) => {
        const { [event.itemId]: _gone, ...rest } = items;
        return rest;
      });
    case 'planShared':
      return state.sharedPlans.includes(event.partnershipId)
        ? state
        : { ...state, sharedPlans: [...state.sharedPlans, event.partnershipId] };
    case 'planSpotlighted':
      return { ...state, spotlightId: event.partnershipId };
    case 'closed':
      return { ...state, phase: 'closed' };
    case 'reopened':
      return { ...state, phase: 'write' };
  }
}
