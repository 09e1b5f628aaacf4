import type { ReportActions, ReportInput } from '../../domain/activity.ts';
import { adviceBackTo } from '../../domain/referenceTypes.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { planBlocks } from './planBlocks.ts';
import { itemCount, type PlansConfig, type PlansState } from './schema.ts';

/**
 * The plans in "Concrete plannen en acties": per partnership that wrote something, its plan
 * as in the plans' own section, with only the advice that came back to its own questions
 * (not what it advised others). A plan never shared in the room is kept, and marked so.
 */
export function reportActions(state: PlansState, input: ReportInput<PlansConfig>): ReportActions[] {
  return Object.entries(state.plans)
    .filter(([, plan]) => itemCount(plan) > 0)
    .map(([partnershipId, plan]) => {
      const advice = input.references
        .filter((r) => adviceBackTo(r, partnershipId))
        .map((r) => r.text);
      const blocks: ReportBlock[] = state.sharedPlans.includes(partnershipId)
        ? []
        : [{ type: 'paragraph', text: input.t('report.notShared') }];
      return { partnershipId, blocks: [...blocks, ...planBlocks(plan, advice, input)] };
    });
}
