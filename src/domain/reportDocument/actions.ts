import { own } from '../ids.ts';
import type { ReportBlock } from '../report.ts';
import type { WorkshopState } from '../workshop/state.ts';
import type { ReportSources } from './build.ts';
import type { ReportSection } from './document.ts';
import type { PeopleLabels } from './people.ts';
import { ranActivities } from './ran.ts';

/**
 * "Concrete plannen en acties": a part per partnership, titled by its municipality, in the
 * order the workshop lists its partnerships, with what every activity that offers
 * `reportActions` (the plans) says about it. No section when no activity has anything.
 */
export function actionsSections(
  state: WorkshopState,
  sources: ReportSources,
  people: PeopleLabels,
): ReportSection[] {
  const byPartnership = new Map<string, ReportBlock[]>();
  for (const { activity, kind, input } of ranActivities(state, sources, people)) {
    for (const part of kind.reportActions?.(activity.state, input) ?? []) {
      if (part.blocks.length === 0) continue;
      const blocks = byPartnership.get(part.partnershipId) ?? [];
      byPartnership.set(part.partnershipId, [...blocks, ...part.blocks]);
    }
  }
  if (byPartnership.size === 0) return [];
  // The workshop's own order first; a partnership removed since then last, still reported.
  const known = Object.keys(state.partnerships).filter((id) => byPartnership.has(id));
  const ids = [...new Set([...known, ...byPartnership.keys()])];
  const parts = ids.map((id): ReportSection => ({
    id: `actions-${id}`,
    kind: 'actions',
    level: 2,
    title: own(state.partnerships, id)?.municipality ?? sources.t('unknownMunicipality'),
    blocks: byPartnership.get(id)!,
  }));
  const intro: ReportBlock = { type: 'paragraph', text: sources.t('actionsIntro') };
  return [
    { id: 'actions', kind: 'actions', level: 1, title: sources.t('actions'), blocks: [intro] },
    ...parts,
  ];
}
