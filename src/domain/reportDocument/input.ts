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
    t: remembered(t),
    ...(more.person ? { person: more.person } : {}),
  };
}

/**
 * Kinds ask for the same few words once per contribution (a side's name, a phase, a code):
 * i18next takes 10–20 µs a call, and a report of 5,000 contributions asks tens of thousands of
 * times. Words are the same for the same key and values, so each is looked up once per input.
 */
function remembered(t: Translate): Translate {
  const known = new Map<string, string>();
  return (key, params) => {
    // Values are strings and numbers (the type says so), so JSON tells them apart.
    const id = params === undefined ? key : JSON.stringify([key, params]);
    let words = known.get(id);
    if (words === undefined) {
      words = t(key, params);
      known.set(id, words);
    }
    return words;
  };
}
