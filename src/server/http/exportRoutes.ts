import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parse } from '../../domain/engine.ts';
import { idSchema } from '../../domain/ids.ts';
import type { AppContext } from '../context.ts';
import { openExport } from '../export/report.ts';
import { REPORT_FORMATS } from '../export/formats.ts';
import { requireFacilitatorOf } from './session.ts';

const params = z.object({
  workshopId: idSchema,
  format: z.string().refine((f) => REPORT_FORMATS.has(f)),
});
const query = z.object({
  /** Participants' names instead of pseudonyms: only when the facilitator asks for it. */
  names: z.enum(['0', '1']).default('0'),
  /** The report's appendix with every contribution (on unless `appendix=0`). */
  appendix: z.enum(['0', '1']).default('1'),
  /** Save as a file instead of showing it (the HTML preview shows by default). */
  download: z.enum(['0', '1']).default('0'),
});

/**
 * The report, for the facilitators of the workshop only: `GET
 * /api/workshops/:workshopId/report.:format` with a name of `REPORT_FORMATS` (`md`, `html`,
 * `docx`, `pdf`, `xlsx`, `csv`, `json`, `qdpx`). Made fresh from the log each time, so a late
 * correction shows up; never cached by the browser. Text formats and XLSX stream (chunked, no
 * length); DOCX, PDF and QDPX are made whole and sent with their length, so the console can
 * show a percentage.
 */
export function exportRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.get('/api/workshops/:workshopId/report.:format', async (request, reply) => {
      const { workshopId, format } = parse(params, request.params);
      const { names, appendix, download } = parse(query, request.query);
      await requireFacilitatorOf(ctx, request, workshopId);
      const file = await openExport(ctx, workshopId, format, {
        names: names === '1',
        appendix: appendix === '1',
      });
      const inline = format === 'html' && download === '0';
      return reply
        .header('content-type', file.contentType)
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `${inline ? 'inline' : 'attachment'}; filename="${file.fileName}"`,
        )
        .send(file.body);
    });
  };
}
