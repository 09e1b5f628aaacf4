import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parse } from '../../domain/engine.ts';
import { idSchema } from '../../domain/ids.ts';
import { reportOutline } from '../../domain/reportDocument/outline.ts';
import { emptyReportLayout } from '../../domain/reportLayout/state.ts';
import type { AppContext } from '../context.ts';
import { conclusionDraftOf } from '../../domain/reportDocument/build.ts';
import { markdownBlocks } from '../export/markdown.ts';
import { reportSourcesOf } from '../export/data.ts';
import { reportDocumentOf } from '../export/report.ts';
import { requireFacilitatorOf } from './session.ts';

const params = z.object({ workshopId: idSchema });

/**
 * `GET /api/workshops/:workshopId/report/outline`: the report as data for the console's
 * editor, for the workshop's facilitators only. Every section in the facilitators' order with
 * its items (key, type, short text) and whether each is hidden. Always with pseudonyms: the
 * keys are the pseudonymised report's (see `applyLayout`), and the editor needs no names.
 * `GET …/report/conclusion-draft`: the evaluation's summary as Markdown, to start the
 * conclusion from.
 */
export function reportRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.get('/api/workshops/:workshopId/report/outline', async (request, reply) => {
      const { workshopId } = parse(params, request.params);
      await requireFacilitatorOf(ctx, request, workshopId);
      const { state } = await ctx.rooms.get(workshopId);
      const document = reportDocumentOf(ctx, state, { names: false, showHidden: true });
      const sections = reportOutline(document, state.reportLayout ?? emptyReportLayout);
      return reply.header('cache-control', 'no-store').send({ sections });
    });

    // The evaluation's summary as Markdown: the console offers it as the starting text of the
    // facilitators' own conclusion (empty when no activity offers one yet).
    app.get('/api/workshops/:workshopId/report/conclusion-draft', async (request, reply) => {
      const { workshopId } = parse(params, request.params);
      await requireFacilitatorOf(ctx, request, workshopId);
      const { state } = await ctx.rooms.get(workshopId);
      const text = markdownBlocks(conclusionDraftOf(state, reportSourcesOf(ctx, state)));
      return reply.header('cache-control', 'no-store').send({ text });
    });
  };
}
