import type { ContributionRecord } from '../activity.ts';
import type { ReportBlock } from '../report.ts';
import { own } from '../ids.ts';
import type { WorkshopState } from '../workshop/state.ts';
import type { ReportSources } from './build.ts';
import type { ReportOptions, ReportSection } from './document.ts';
import type { PeopleLabels } from './people.ts';
import { ranActivities } from './ran.ts';

/**
 * "Bijlage: alle bijdragen", the last part: per activity that ran, every contribution its kind
 * lists in `records()`, grouped by its codes, each with where it came from (group,
 * municipality, side). Lists, not tables: a long text reads better at full width on A4. Who
 * wrote it only when the facilitator chose names, and never for anonymous work (its record has
 * no author). One part per activity keeps a long workshop navigable. Left out when the
 * facilitator turns it off, and when there is nothing to list.
 */
export function appendixSections(
  state: WorkshopState,
  options: ReportOptions,
  sources: ReportSources,
  people: PeopleLabels,
): ReportSection[] {
  if (options.appendix === false) return [];
  const parts: ReportSection[] = [];
  for (const { activity, kind, input } of ranActivities(state, sources, people)) {
    const records = kind.records?.(activity.state, input) ?? [];
    if (records.length === 0) continue;
    const item = (r: ContributionRecord) => {
      const from = whereFrom(state, r, sources.t);
      const text = from ? `${r.text} (${from})` : r.text;
      return options.names && r.authorId !== null ? `${text} — ${people.label(r.authorId)}` : text;
    };
    parts.push({
      id: `appendix-${activity.id}`,
      kind: 'appendix',
      level: 2,
      title: activity.title,
      blocks: byCodes(records).map(({ title, records: group }): ReportBlock => {
        const items = group.map(item);
        return title ? { type: 'list', title, items } : { type: 'list', items };
      }),
    });
  }
  if (parts.length === 0) return [];
  return [
    {
      id: 'appendix',
      kind: 'appendix',
      level: 1,
      title: sources.t('appendix'),
      blocks: [
        {
          type: 'paragraph',
          text: sources.t(options.names ? 'appendixIntroNames' : 'appendixIntro'),
        },
      ],
    },
    ...parts,
  ];
}

/**
 * Records grouped by their codes ("Kracht", "Wortels, Individueel gericht", an evaluation's
 * question), groups in the order they first appear, records in their own order within.
 */
function byCodes(
  records: readonly ContributionRecord[],
): { readonly title: string; readonly records: ContributionRecord[] }[] {
  const groups = new Map<string, ContributionRecord[]>();
  for (const r of records) {
    const title = r.codes.join(', ');
    groups.set(title, [...(groups.get(title) ?? []), r]);
  }
  return [...groups].map(([title, group]) => ({ title, records: group }));
}

/**
 * "Groep 2, Zaanstad, informeel": the group, the municipality and the side a contribution
 * speaks for; the author's when the kind names none and the work was not anonymous.
 */
function whereFrom(state: WorkshopState, r: ContributionRecord, t: ReportSources['t']): string {
  const author = r.authorId === null ? undefined : own(state.participants, r.authorId);
  const partnershipId = r.partnershipId ?? author?.partnershipId ?? null;
  const municipality =
    partnershipId === null ? undefined : own(state.partnerships, partnershipId)?.municipality;
  const side = r.side ?? author?.side ?? null;
  const parts = [
    r.group,
    municipality === r.group ? null : municipality,
    side && t(`person.${side}`),
  ];
  return parts.filter((part): part is string => !!part).join(', ');
}
