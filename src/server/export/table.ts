import type { DataWords } from './exportWords.ts';
import type { ExportRecord } from './records.ts';

/**
 * The contributions table of the XLSX and CSV exports: one row per contribution. Names are
 * English and stable (analysis scripts read them by name). `id` is `<activity id>/<id>`, unique
 * in the workshop, and `links` use the same form, so a link can be looked up in the `id` column.
 */
export const COLUMNS = [
  'id',
  'activity',
  'type',
  'phase',
  'round',
  'group',
  'municipality',
  'side',
  'author',
  'time',
  'language',
  'text',
  'codes',
  'links',
] as const;

export type Cell = string | number | null;

/** Characters a spreadsheet may read as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made inert: a leading `= + - @`, tab or carriage return gets an apostrophe in
 * front, so Excel, LibreOffice and Sheets show it as text instead of running it.
 */
export function inert(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function globalId(activityId: string, id: string): string {
  return `${activityId}/${id}`;
}

/** One row, in `COLUMNS` order; text cells already made inert. */
export function tableRow(record: ExportRecord, words: DataWords): Cell[] {
  const side = record.side === null ? '' : words[record.side];
  const cells: Cell[] = [
    globalId(record.activityId, record.id),
    record.activityTitle,
    record.type,
    record.phase,
    record.round,
    record.group,
    record.municipality,
    side,
    record.author,
    record.time,
    record.language,
    record.text,
    record.codes.join('; '),
    record.links.map((l) => globalId(l.activityId, l.id)).join('; '),
  ];
  return cells.map((cell) => (typeof cell === 'string' ? inert(cell) : cell));
}
