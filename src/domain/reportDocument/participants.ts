import type { ReportBlock } from '../report.ts';
import type { WorkshopState } from '../workshop/state.ts';
import type { ReportOptions, ReportSection } from './document.ts';
import type { PeopleLabels } from './people.ts';

type T = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * Who took part: how many per municipality and side (as the seed says "19 deelnemers uit vijf
 * gemeenten"). Names only when the facilitator chose to include them.
 */
export function participantsSection(
  state: WorkshopState,
  options: ReportOptions,
  t: T,
  people: PeopleLabels,
): ReportSection {
  const present = Object.values(state.participants).filter((p) => !p.removed);
  const rows: string[][] = [];
  const count = (partnershipId: string | null, side: 'formal' | 'informal') =>
    present.filter((p) => p.partnershipId === partnershipId && p.side === side).length;
  const partnerships = Object.values(state.partnerships).sort((a, b) =>
    a.municipality.localeCompare(b.municipality),
  );
  const row = (label: string, id: string | null) => {
    const formal = count(id, 'formal');
    const informal = count(id, 'informal');
    if (id === null && formal + informal === 0) return;
    rows.push([label, String(formal), String(informal), String(formal + informal)]);
  };
  for (const p of partnerships) row(p.municipality, p.id);
  row(t('noMunicipality'), null);
  const formal = present.filter((p) => p.side === 'formal').length;
  rows.push([
    t('participantsColumns.total'),
    String(formal),
    String(present.length - formal),
    String(present.length),
  ]);
  const blocks: ReportBlock[] = [
    { type: 'keyFigure', value: String(present.length), label: t('participantsKey') },
    {
      type: 'table',
      columns: [
        t('participantsColumns.municipality'),
        t('participantsColumns.formal'),
        t('participantsColumns.informal'),
        t('participantsColumns.total'),
      ],
      rows,
    },
  ];
  if (options.names) {
    const names = present.map((p) => people.label(p.id)).sort((a, b) => a.localeCompare(b));
    blocks.push({ type: 'list', title: t('namesTitle'), items: names });
  }
  return { id: 'participants', kind: 'participants', level: 1, title: t('participants'), blocks };
}
