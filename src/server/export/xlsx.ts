import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportData } from './data.ts';
import { sheetNamer } from './sheetNames.ts';
import { collect } from './streams.ts';
import { COLUMNS, inert, tableRow } from './table.ts';

/** Column widths in characters, so the file opens readable; the text column is wide. */
const WIDTHS: Readonly<Partial<Record<(typeof COLUMNS)[number], number>>> = {
  id: 18,
  activity: 24,
  phase: 22,
  group: 22,
  author: 30,
  time: 24,
  text: 80,
  codes: 24,
  links: 24,
};

/**
 * The contributions as a workbook: first "Over deze export" (workshop, dates, whether names
 * are pseudonymised), then one sheet per activity with one row per contribution. Written with
 * exceljs's streaming writer: each row is serialised and zipped as it is committed, so memory
 * stays flat however many contributions there are. Text cells are inert (see `inert`).
 * The download reads the zip as it is made; a failure part-way ends the stream with the error.
 */
export function xlsxStream(data: ExportData): Readable {
  const out = new PassThrough();
  writeWorkbook(data, out).catch((error: unknown) => out.destroy(error as Error));
  return out;
}

/** The workbook as one buffer (see `xlsxStream`). */
export function renderXlsx(data: ExportData): Promise<Buffer> {
  return collect(xlsxStream(data));
}

async function writeWorkbook(data: ExportData, out: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Werkplaats';
  workbook.created = new Date(data.now);
  const { words } = data;
  const name = sheetNamer(words.activities);
  const about = workbook.addWorksheet(name(words.aboutSheet));
  about.columns = [{ width: 24 }, { width: 100 }];
  const total = data.activities.reduce((sum, a) => sum + a.records.length, 0);
  const facts: [string, string | number][] = [
    [words.workshop, inert(data.state.title)],
    [words.dates, data.dates],
    [words.exportedAt, new Date(data.now).toISOString()],
    [words.pseudonymised, data.options.names ? words.no : words.yes],
    [words.contributions, total],
    ['', inert(words.pseudonymNote)],
    ['', inert(words.anonymousNote)],
  ];
  for (const fact of facts) about.addRow(fact).commit();
  about.commit();

  for (const activity of data.activities) {
    const sheet = workbook.addWorksheet(name(activity.title), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = COLUMNS.map((key) => ({ key, width: WIDTHS[key] ?? 12 }));
    const header = sheet.addRow([...COLUMNS]);
    header.font = { bold: true };
    header.commit();
    for (const record of activity.records) sheet.addRow(tableRow(record, words)).commit();
    sheet.commit();
  }
  await workbook.commit();
}
