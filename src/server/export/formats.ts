import type { ReportDocument } from '../../domain/reportDocument/document.ts';
import { renderDocx } from './docx.ts';
import type { Readable } from 'node:stream';
import { htmlChunks, renderHtml } from './html.ts';
import { markdownChunks, renderMarkdown } from './markdown.ts';
import { renderPdf } from './pdf.ts';
import { textStream } from './streams.ts';
import { DATA_FORMATS, type DataFormat } from './dataFormats.ts';
import type { PhotoBytes } from './photos.ts';

/** What a report format needs from the report's own catalogue besides the document. */
export interface FormatWords {
  readonly contents: string;
}

export interface ReportFormat {
  readonly contentType: string;
  readonly extension: string;
  /** `photos`: the JPEG of each photo the document shows, loaded before (see report.ts). */
  render(doc: ReportDocument, words: FormatWords, photos?: PhotoBytes): Promise<Buffer>;
  /** The same bytes as `render`, made while they are sent: for text formats (not DOCX, PDF). */
  stream?(doc: ReportDocument, words: FormatWords, photos?: PhotoBytes): Readable;
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
        stream: (doc) => textStream(markdownChunks(doc)),
      },
    ],
    [
      'html',
      {
        contentType: 'text/html; charset=utf-8',
        extension: 'html',
        render: async (doc, _words, photos) => Buffer.from(renderHtml(doc, photos)),
        stream: (doc, _words, photos) => textStream(htmlChunks(doc, photos)),
      },
    ],
    [
      'docx',
      {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
        render: (doc, words, photos) => renderDocx(doc, words, photos),
      },
    ],
    [
      'pdf',
      {
        contentType: 'application/pdf',
        extension: 'pdf',
        render: (doc, words, photos) => renderPdf(doc, words, photos),
      },
    ],
  ]),
  ...DATA_FORMATS,
]);
