import type { ViewContext } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import {
  FACILITATOR,
  PARTICIPANTS,
  type Audience,
  type ViewPart,
} from '../../domain/views/audience.ts';
import type { Participant } from '../../domain/workshop/state.ts';
import {
  LISTS,
  emptyPlan,
  type AnyItem,
  type Plan,
  type PlansConfig,
  type PlansState,
} from './schema.ts';
import type { PlanCounts, PlansView } from './viewShapes.ts';
import { keptCopies } from '../../domain/views/keptCopies.ts';

/** The audience of one partnership's phones: `partnership:<partnershipId>`. */
const PARTNERSHIP = 'partnership:';

/**
 * A partnership's phones share one audience: they write one plan together. Someone without a
 * partnership reads along with the room (shared plans only).
 */
export function audienceOf(_state: PlansState, participant: Participant): Audience {
  return participant.partnershipId ? `${PARTNERSHIP}${participant.partnershipId}` : PARTICIPANTS;
}

function ownPlanOf(audience: Audience): string | null {
  return audience.startsWith(PARTNERSHIP) ? audience.slice(PARTNERSHIP.length) : null;
}

const anonymousItems = keptCopies<AnyItem>();

/** A plan as the room reads it: the partnership's work, nobody named as its author. */
function anonymousPlan(plan: Plan): Plan {
  const strip = <T extends AnyItem>(items: Readonly<Record<string, T>>) => {
    const out: Record<string, T> = {};
    for (const [id, item] of Object.entries(items))
      out[id] = anonymousItems(item, 'anonymous', (i) => ({ ...i, authorId: null })) as T;
    return out;
  };
  return {
    goals: strip(plan.goals),
    actions: strip(plan.actions),
    supporters: strip(plan.supporters),
    questions: strip(plan.questions),
  };
}

function countsOf(plan: Plan): PlanCounts {
  return {
    goals: Object.keys(plan.goals).length,
    actions: Object.keys(plan.actions).length,
    supporters: Object.keys(plan.supporters).length,
    questions: Object.keys(plan.questions).length,
  };
}

/**
 * Privacy of "Toekomstplannen":
 * - a partnership's plan is its draft: only its own phones and the facilitators read it until
 *   the facilitator shares it; then everyone does, and it goes on growing live;
 * - everyone else learns of a draft only how many goals, actions, supporters and questions it
 *   holds (counts of the partnership's shared work, not of people, so nobody is singled out);
 * - who added an item is for the facilitators alone: every other view says nobody.
 * Every partnership of the workshop has an entry (an empty plan or counts of zero), so screens
 * can show each one from the start.
 */
export function view(
  state: PlansState,
  audience: Audience,
  ctx: ViewContext<PlansConfig>,
): ViewPart<PlansView> {
  const { phase, sharedPlans, spotlightId } = state;
  const ids = new Set([...Object.keys(ctx.partnerships), ...Object.keys(state.plans)]);
  const plans: Record<string, Plan> = {};
  const progress: Record<string, PlanCounts> = {};
  const facilitator = audience === FACILITATOR;
  const people = new Set<string>();
  for (const id of ids) {
    const plan = own(state.plans, id) ?? emptyPlan;
    if (facilitator) {
      plans[id] = plan;
      for (const list of LISTS)
        for (const item of Object.values(plan[list]) as AnyItem[])
          if (item.authorId) people.add(item.authorId);
    } else if (sharedPlans.includes(id) || ownPlanOf(audience) === id) {
      plans[id] = anonymousPlan(plan);
    } else {
      progress[id] = countsOf(plan);
    }
  }
  return { data: { phase, plans, sharedPlans, spotlightId, progress }, people };
}
