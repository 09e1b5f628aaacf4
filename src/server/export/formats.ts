import type { ReportDocument } from '../../domain/reportDocument/document.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { DATA_FORMATS, type DataFormat } from './dataFormats.ts';

/** What a report format needs from the report's own catalogue besides the document. */
export interface FormatWords {
  readonly contents: string;
}

export interface ReportFormat {
  readonly contentType: string;
  readonly extension: string;
  render(doc: ReportDocument, words: FormatWords): Promise<Buffer>;
}

export type ExportFormat = ReportFormat | DataFormat;

/** The report's formats and the research exports, by the name used in routes and on the command line. */
export const REPORT_FORMATS: ReadonlyMap<string, ExportFormat> = new Map<string, ExportFormat>([
  ...new Map<string, ReportFormat>([
    [
      'md',
      {
        contentType: 'text/markdown; charset=utf-8',
        extension: 'md',
        render: async (doc) => Buffer.from(renderMarkdown(doc)),
      },
    ],
    [
      'html',
      {
        contentType: 'text/html; charset=utf-8',
        extension: 'html',
        render: async (doc) => Buffer.from(renderHtml(doc)),
      },
    ],
    [
      'docx',
      {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
        render: (doc, words) => renderDocx(doc, words),
      },
    ],
  ]),
  ...DATA_FORMATS,
]);
