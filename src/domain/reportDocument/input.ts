import type { Reference, ReportInput } from '../activity.ts';
import type { ActivityInstance, WorkshopState } from '../workshop/state.ts';

type Translate = ReportInput<unknown>['t'];

/**
 * What a kind's `report` and `records` get to read about one activity of a workshop: its
 * config and title, the people, the shared references, its strings and how to name people.
 * One place, so the report, the research exports and tests all hand kinds the same input.
 */
export function reportInputOf(
  state: WorkshopState,
  activity: ActivityInstance,
  t: Translate,
  more: { readonly references?: readonly Reference[]; person?(id: string): string } = {},
): ReportInput<unknown> {
  return {
    activityId: activity.id,
    config: activity.config,
    title: activity.title,
    language: state.defaultLanguage,
    participants: state.participants,
    partnerships: state.partnerships,
    references: more.references ?? [],
    t,
    ...(more.person ? { person: more.person } : {}),
  };
}
