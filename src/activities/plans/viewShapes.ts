import type { ListName, Phase, Plan } from './schema.ts';

/**
 * What each audience of "Toekomstplannen" receives (computed in `view.ts` on the server, drawn
 * by `views/**` in the browser):
 *
 * - facilitators: every plan, with who added each item, and every plan's counts;
 * - one partnership's phones (`partnership:<id>`): their own plan, live, from the first item
 *   (a draft, theirs alone until the facilitator shares it), and every shared plan;
 * - everyone else (the projector, observers, people without a partnership): the shared plans,
 *   and of each plan not shared yet only how many items each list holds.
 *
 * Outside the console no item names who added it: a plan is the partnership's shared work.
 */
export interface PlansView {
  readonly phase: Phase;
  /** The plans this audience may read, per partnership id. */
  readonly plans: Readonly<Record<string, Plan>>;
  readonly sharedPlans: readonly string[];
  readonly spotlightId: string | null;
  /** For each partnership whose plan this audience may not read (yet): its lists' sizes. */
  readonly progress: Readonly<Record<string, PlanCounts>>;
}

/** How many items each list of a plan holds. */
export type PlanCounts = Readonly<Record<ListName, number>>;
