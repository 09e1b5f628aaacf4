import type { ExportData } from './data.ts';
import { COLUMNS, tableRow, type Cell } from './table.ts';

/** Excel opens UTF-8 CSV correctly only with a byte order mark. */
const BOM = '\uFEFF';

/**
 * All contributions in one CSV file (RFC 4180: CRLF line ends, fields with a comma, quote or
 * line break in double quotes, quotes doubled), UTF-8 with a BOM, cells made inert against
 * formula injection (see `inert`).
 */
export async function renderCsv(data: ExportData): Promise<Buffer> {
  const lines = [COLUMNS.map(field).join(',')];
  for (const activity of data.activities) {
    for (const record of activity.records)
      lines.push(tableRow(record, data.words).map(field).join(','));
  }
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}

function field(cell: Cell): string {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
