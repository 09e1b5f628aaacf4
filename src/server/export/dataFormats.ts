import type { Readable } from 'node:stream';
import { csvChunks, renderCsv } from './csv.ts';
import type { ExportData } from './data.ts';
import { jsonChunks, renderJson } from './json.ts';
import { renderQdpx } from './qdpx/index.ts';
import { textStream } from './streams.ts';
import { renderXlsx, xlsxStream } from './xlsx.ts';

/** A research export: made from the contributions (and the log), not from the report document. */
export interface DataFormat {
  readonly data: true;
  readonly contentType: string;
  readonly extension: string;
  render(data: ExportData): Promise<Buffer>;
  /** The same bytes as `render`, made while they are sent: for formats that can (not QDPX). */
  stream?(data: ExportData): Readable;
}

/** The research exports, by the name used in routes and on the command line. */
export const DATA_FORMATS: readonly (readonly [string, DataFormat])[] = [
  [
    'xlsx',
    {
      data: true,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
      render: renderXlsx,
      stream: xlsxStream,
    },
  ],
  [
    'csv',
    {
      data: true,
      contentType: 'text/csv; charset=utf-8',
      extension: 'csv',
      render: renderCsv,
      stream: (data) => textStream(csvChunks(data)),
    },
  ],
  [
    'json',
    {
      data: true,
      contentType: 'application/json; charset=utf-8',
      extension: 'json',
      render: renderJson,
      stream: (data) => textStream(jsonChunks(data)),
    },
  ],
  // REFI-QDA project exchange (ATLAS.ti, MAXQDA, NVivo, QualCoder…).
  ['qdpx', { data: true, contentType: 'application/zip', extension: 'qdpx', render: renderQdpx }],
];
