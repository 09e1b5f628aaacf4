import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { parse } from '../../domain/engine.ts';
import { idSchema, normalizeJoinCode } from '../../domain/ids.ts';
import type { AppContext } from '../context.ts';
import { attachUpload } from '../services/documents.ts';
import { participantForToken } from '../services/join.ts';
import { currentAccount, participantCookie, requireSteeringFacilitatorOf } from './session.ts';

const uploadParams = z.object({ workshopId: idSchema, blockId: idSchema });
const documentParams = z.object({ documentId: idSchema });
const documentQuery = z.object({ code: z.string().max(20).optional() });

/** Uploading files to programme blocks (facilitators) and reading them (the workshop's people). */
export function documentRoutes(ctx: AppContext) {
  /** Facilitators, participants of the workshop, and the projector (by the code it shows). */
  async function mayRead(request: FastifyRequest, workshopId: string): Promise<boolean> {
    const room = await ctx.rooms.get(workshopId);
    const { code } = parse(documentQuery, request.query);
    if (code && normalizeJoinCode(code) === room.state.code) return true;
    const account = await currentAccount(ctx, request);
    if (account && Object.hasOwn(room.state.facilitators, account.id)) return true;
    const participant = await participantForToken(
      ctx,
      request.cookies[participantCookie(workshopId)],
    );
    return participant?.workshopId === workshopId;
  }

  return async (app: FastifyInstance) => {
    app.post('/api/workshops/:workshopId/blocks/:blockId/documents', async (request, reply) => {
      const { workshopId, blockId } = parse(uploadParams, request.params);
      await requireSteeringFacilitatorOf(ctx, request, workshopId);
      if (!request.isMultipart()) throw new DomainError('WP_ERR_VALIDATION', { field: 'file' });
      const file = await request.file();
      if (!file) throw new DomainError('WP_ERR_VALIDATION', { field: 'file' });
      const data = await file.toBuffer(); // usually throws a 413 past the size limit…
      // …but not always (seen when the upload arrives faster than it is read): check again.
      if (file.file.truncated) throw new DomainError('WP_ERR_TOO_LARGE');
      const document = await attachUpload(ctx, workshopId, blockId, file.filename, data);
      return reply.status(201).send({ document });
    });

    app.get('/api/documents/:documentId', async (request, reply) => {
      const { documentId } = parse(documentParams, request.params);
      const document = await ctx.stores.documents.find(documentId);
      if (!document) throw new DomainError('WP_ERR_NOT_FOUND');
      // Only while it is attached: a file removed from the programme is no longer shown.
      const { state } = await ctx.rooms.get(document.workshopId);
      const attached = Object.values(state.programme.blocks).some((b) =>
        b.documents.some((d) => d.id === documentId),
      );
      if (!attached || !(await mayRead(request, document.workshopId)))
        throw new DomainError('WP_ERR_NOT_FOUND');
      const ascii = document.name.replace(/[^\x20-\x7e]/g, '_');
      return reply
        .type(document.mime)
        .header('cache-control', 'private, max-age=3600')
        .header(
          'content-disposition',
          `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(document.name)}`,
        )
        .send(Buffer.from(document.data));
    });
  };
}
