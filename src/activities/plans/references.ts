import type { Reference } from '../../domain/activity.ts';
import type { ActivityStatus } from '../../domain/workshop/state.ts';
import { itemsOf, type PlansState } from './schema.ts';

import { PLAN_QUESTION } from '../../domain/referenceTypes.ts';

/** A question a partnership did not share in the room, but kept when the plans were closed. */
export interface PlanQuestionReference extends Reference {
  readonly shared?: false;
}

/**
 * Each plan's open questions, for the consultation, where a partnership puts them to another.
 * References reach every audience, so a draft's questions stay out until its plan is shared —
 * or until the facilitator closes the plans (or the activity ends): then every question is
 * kept for the consultation, the unshared ones marked `shared: false`, as "De kracht van de
 * ander" keeps the notes of a round that ended without sharing.
 */
export function references(
  state: PlansState,
  _config: unknown,
  activityId: string,
  status?: ActivityStatus,
): Reference[] {
  const done = state.phase === 'closed' || status === 'ended';
  const offered: PlanQuestionReference[] = [];
  for (const [partnershipId, plan] of Object.entries(state.plans)) {
    const shared = state.sharedPlans.includes(partnershipId);
    if (!shared && !done) continue;
    for (const question of itemsOf(plan, 'questions')) {
      const reference = {
        type: PLAN_QUESTION,
        activityId,
        id: question.id,
        text: question.text,
        side: null,
        partnershipId,
      };
      offered.push(shared ? reference : { ...reference, shared: false });
    }
  }
  return offered;
}
