import type { ReportBlock } from '../report.ts';
import type { WorkshopState } from '../workshop/state.ts';
import type { ReportSources } from './build.ts';
import type { ReportSection } from './document.ts';
import type { PeopleLabels } from './people.ts';
import { ranActivities } from './ran.ts';

/**
 * "Conclusie": the facilitators' own words when they wrote them; until then a draft made by
 * the activities that offer `reportConclusion` (the evaluation), opened by a line saying it is
 * a draft to replace, so nobody hands out a generated conclusion thinking it was written. No
 * section when there are neither words nor a draft.
 */
export function conclusionSection(
  state: WorkshopState,
  sources: ReportSources,
  people: PeopleLabels,
  own: readonly ReportBlock[],
): ReportSection[] {
  const section = (blocks: readonly ReportBlock[]): ReportSection[] => [
    { id: 'conclusion', kind: 'conclusion', level: 1, title: sources.t('conclusion'), blocks },
  ];
  if (own.length > 0) return section(own);
  const draft = conclusionDraft(state, sources, people);
  if (draft.length === 0) return [];
  return section([{ type: 'paragraph', text: sources.t('conclusionDraft') }, ...draft]);
}

/** What the activities offer as a conclusion, in programme order; empty when none does. */
export function conclusionDraft(
  state: WorkshopState,
  sources: ReportSources,
  people: PeopleLabels,
): ReportBlock[] {
  return ranActivities(state, sources, people).flatMap(
    ({ activity, kind, input }) => kind.reportConclusion?.(activity.state, input) ?? [],
  );
}
