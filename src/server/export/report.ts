import type { ReportDocument, ReportOptions } from '../../domain/reportDocument/document.ts';
import { photoIdsOf } from '../../domain/reportDocument/photos.ts';
import { photoBytes } from '../services/photos.ts';
import { buildReportDocument } from '../../domain/reportDocument/build.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { translator } from '../../i18n/index.ts';
import type { AppContext } from '../context.ts';
import { REPORT_FORMATS } from './formats.ts';
import { DomainError } from '../../domain/errors.ts';
import { exportDataOf, reportSourcesOf } from './data.ts';
import { collect } from './streams.ts';
import { HEAVY_FORMATS } from './renderJob.ts';
import { renderPool } from './renderPool.ts';
import type { Readable } from 'node:stream';

/** The report of one workshop as it stands now, in the workshop's language. */
export function reportDocumentOf(
  ctx: AppContext,
  state: WorkshopState,
  options: ReportOptions,
): ReportDocument {
  return buildReportDocument(state, options, reportSourcesOf(ctx, state));
}

/** A file name that every system accepts: the workshop's title in plain letters. */
export function fileNameOf(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${base || 'verslag'}.${extension}`;
}

/** An export on its way: its bytes as a stream where the format allows, else as one buffer. */
export interface OpenedExport {
  readonly body: Buffer | Readable;
  readonly contentType: string;
  readonly fileName: string;
}

/**
 * Starts the export of a workshop in one format; refuses formats it does not know. What can
 * fail early (an unknown workshop, the sources) fails here, before a byte is sent; text
 * formats and XLSX then stream, so memory stays flat however large the workshop is.
 */
export async function openExport(
  ctx: AppContext,
  workshopId: string,
  format: string,
  options: ReportOptions,
): Promise<OpenedExport> {
  const renderer = REPORT_FORMATS.get(format);
  if (!renderer) throw new DomainError('WP_ERR_VALIDATION', { field: 'format' });
  const room = await ctx.rooms.get(workshopId);
  if ('data' in renderer) {
    const data = exportDataOf(ctx, workshopId, room.state, room.seq, options);
    return {
      body: renderer.stream ? renderer.stream(data) : await renderer.render(data),
      contentType: renderer.contentType,
      fileName: fileNameOf(room.state.title, renderer.extension),
    };
  }
  const doc = reportDocumentOf(ctx, room.state, options);
  const words = { contents: translator(ctx.i18n, doc.language)('report.contents') };
  const photos = await photoBytes(ctx, photoIdsOf(doc.sections));
  // DOCX and PDF take seconds on a large workshop: made in the worker thread when there is one.
  const pool = HEAVY_FORMATS.has(format) ? renderPool() : null;
  return {
    body: renderer.stream
      ? renderer.stream(doc, words, photos)
      : pool
        ? await pool.render(format, doc, words, photos)
        : await renderer.render(doc, words, photos),
    contentType: renderer.contentType,
    fileName: fileNameOf(doc.title, renderer.extension),
  };
}

/** The export as one buffer, for tests and callers that need the whole file at once. */
export async function exportReport(
  ctx: AppContext,
  workshopId: string,
  format: string,
  options: ReportOptions,
) {
  const opened = await openExport(ctx, workshopId, format, options);
  const body = Buffer.isBuffer(opened.body) ? opened.body : await collect(opened.body);
  return { ...opened, body };
}
