import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ERROR_STATUS } from '../../domain/errors.ts';
import { parse } from '../../domain/engine.ts';
import { clientActionIdSchema, formatJoinCode, idSchema } from '../../domain/ids.ts';
import { languageSchema } from '../../domain/language.ts';
import { LIMITS, isoDateSchema, text } from '../../domain/workshop/limits.ts';
import type { AppContext } from '../context.ts';
import { createInvite, createWorkshop } from '../services/workshops.ts';
import { requestLanguage, wireError } from './errors.ts';
import { requireAccount, requireFacilitatorOf } from './session.ts';
import { baseUrl } from './urls.ts';

const createSchema = z.object({
  title: text(LIMITS.title),
  startsOn: isoDateSchema.nullable().default(null),
  endsOn: isoDateSchema.nullable().default(null),
  venue: text(LIMITS.venue, 0).default(''),
  defaultLanguage: languageSchema.default('nl'),
});

const commandEnvelopeSchema = z.object({
  clientActionId: clientActionIdSchema,
  activityId: idSchema.nullable().default(null),
  command: z.object({ type: z.string().max(60) }).loose(),
});

const workshopParams = z.object({ workshopId: idSchema });

/** Facilitators' HTTP routes. Live changes go over the socket; these cover the rest. */
export function workshopRoutes(ctx: AppContext) {
  const workshopId = (request: FastifyRequest) => parse(workshopParams, request.params).workshopId;

  return async (app: FastifyInstance) => {
    app.get('/api/workshops', async (request) => {
      const account = await requireAccount(ctx, request);
      const workshops = await ctx.stores.events.listWorkshopsOf(account.id);
      return { workshops: workshops.map((w) => ({ ...w, displayCode: formatJoinCode(w.code) })) };
    });

    app.post('/api/workshops', async (request, reply) => {
      const account = await requireAccount(ctx, request);
      const fields = parse(createSchema, request.body);
      const created = await createWorkshop(ctx, account, fields);
      return reply.status(201).send(created);
    });

    app.post('/api/workshops/:workshopId/invites', async (request) => {
      const id = workshopId(request);
      const account = await requireFacilitatorOf(ctx, request, id);
      const token = await createInvite(ctx, id, account);
      return { url: `${baseUrl(ctx, request)}/invite/${token}` };
    });

    // The same command path as the socket, for scripts and tools (see docs/protocol.md).
    app.post('/api/workshops/:workshopId/commands', async (request, reply) => {
      const id = workshopId(request);
      const account = await requireFacilitatorOf(ctx, request, id);
      const envelope = parse(commandEnvelopeSchema, request.body);
      const outcome = await ctx.rooms.execute(
        id,
        { kind: 'facilitator', accountId: account.id },
        { activityId: envelope.activityId, command: envelope.command },
        envelope.clientActionId,
      );
      if (outcome.ok) return outcome;
      const { code, params } = outcome.error;
      return reply.status(ERROR_STATUS[code]).send({ ok: false, error: wireError(ctx, code, requestLanguage(request), params) });
    });
  };
}
