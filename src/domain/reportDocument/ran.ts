import type { AnyActivityKind, ReportInput } from '../activity.ts';
import { own } from '../ids.ts';
import { orderedBlocks } from '../programme/state.ts';
import type { ActivityInstance, WorkshopState } from '../workshop/state.ts';
import type { ReportSources } from './build.ts';
import { reportInputOf } from './input.ts';
import type { PeopleLabels } from './people.ts';

/** An activity the report speaks of, with its kind and what the kind's report methods read. */
export interface RanActivity {
  readonly activity: ActivityInstance;
  readonly kind: AnyActivityKind;
  readonly input: ReportInput<unknown>;
}

/**
 * The activities of the programme that ran (or run now), in programme order: what the parts
 * after the days ("Concrete plannen en acties", the conclusion's draft, the appendix) gather
 * from, in the same order as the day sections tell them.
 */
export function ranActivities(
  state: WorkshopState,
  sources: ReportSources,
  people: PeopleLabels,
): RanActivity[] {
  const ids = orderedBlocks(state.programme).flatMap((b) => (b.activityId ? [b.activityId] : []));
  return [...new Set(ids)].flatMap((id) => {
    const activity = own(state.activities, id);
    const kind = activity && sources.kinds.get(activity.kind);
    if (!activity || !kind || activity.status === 'ready') return [];
    const input = reportInputOf(state, activity, sources.kindT(activity.kind), {
      references: sources.references,
      person: people.label,
    });
    return [{ activity, kind, input }];
  });
}
