import type { ExportData } from './data.ts';
import { COLUMNS, tableRow, type Cell } from './table.ts';

/** Excel opens UTF-8 CSV correctly only with a byte order mark. */
const BOM = '\uFEFF';

/**
 * All contributions in one CSV file (RFC 4180: CRLF line ends, fields with a comma, quote or
 * line break in double quotes, quotes doubled), UTF-8 with a BOM, cells made inert against
 * formula injection (see `inert`).
 */
export function* csvChunks(data: ExportData): Generator<string> {
  yield `${BOM}${COLUMNS.map(field).join(',')}\r\n`;
  for (const activity of data.activities) {
    for (const record of activity.records)
      yield `${tableRow(record, data.words).map(field).join(',')}\r\n`;
  }
}

/** The CSV as one buffer (see `csvChunks`, which the download streams). */
export async function renderCsv(data: ExportData): Promise<Buffer> {
  return Buffer.from([...csvChunks(data)].join(''), 'utf8');
}

function field(cell: Cell): string {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
