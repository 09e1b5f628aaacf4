import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parse } from '../../domain/engine.ts';
import { formatJoinCode, idSchema } from '../../domain/ids.ts';
import { commandMessageSchema } from '../../domain/protocol.ts';
import { languageSchema } from '../../domain/language.ts';
import { LIMITS, isoDateSchema, text } from '../../domain/workshop/limits.ts';
import type { AppContext } from '../context.ts';
import { createInvite, createWorkshop } from '../services/workshops.ts';
import { sendError } from './errors.ts';
import { requireAccount, requireFacilitatorOf, requireSteeringFacilitatorOf } from './session.ts';
import { baseUrl } from './urls.ts';

const createSchema = z.object({
  title: text(LIMITS.title),
  startsOn: isoDateSchema.nullable().default(null),
  endsOn: isoDateSchema.nullable().default(null),
  venue: text(LIMITS.venue, 0).default(''),
  defaultLanguage: languageSchema.default('nl'),
  /** A programme to start from (`twoDay`), or none. An id: never an inherited name. */
  template: idSchema.max(40).nullable().default(null),
});

const workshopParams = z.object({ workshopId: idSchema });

/** Facilitators' HTTP routes. Live changes go over the socket; these cover the rest. */
export function workshopRoutes(ctx: AppContext) {
  const workshopId = (request: FastifyRequest) => parse(workshopParams, request.params).workshopId;

  return async (app: FastifyInstance) => {
    app.get('/api/workshops', async (request) => {
      const account = await requireAccount(ctx, request);
      const workshops = await ctx.stores.events.listWorkshopsOf(account.id);
      // A facilitator has a handful of workshops; their rooms are loaded (and cached) anyway.
      const rooms = await Promise.all(workshops.map((w) => ctx.rooms.get(w.id)));
      return {
        workshops: workshops.map((w, i) => {
          const state = rooms[i]?.state;
          return {
            ...w,
            displayCode: formatJoinCode(w.code),
            startsOn: state?.startsOn ?? null,
            endsOn: state?.endsOn ?? null,
            venue: state?.venue ?? '',
          };
        }),
      };
    });

    app.post('/api/workshops', async (request, reply) => {
      const account = await requireAccount(ctx, request);
      const { template, ...fields } = parse(createSchema, request.body);
      const created = await createWorkshop(ctx, account, fields, template);
      return reply.status(201).send(created);
    });

    app.post('/api/workshops/:workshopId/invites', async (request) => {
      const id = workshopId(request);
      // An invitation makes a co-facilitator: a note-taker cannot hand out more than they have.
      const account = await requireSteeringFacilitatorOf(ctx, request, id);
      const token = await createInvite(ctx, id, account);
      return { url: `${baseUrl(ctx, request)}/invite/${token}` };
    });

    // The same command path as the socket, for scripts and tools (see docs/protocol.md).
    app.post('/api/workshops/:workshopId/commands', async (request, reply) => {
      const id = workshopId(request);
      const account = await requireFacilitatorOf(ctx, request, id);
      const envelope = parse(commandMessageSchema, request.body);
      const outcome = await ctx.rooms.execute(
        id,
        { kind: 'facilitator', accountId: account.id },
        { activityId: envelope.activityId, command: envelope.command },
        envelope.clientActionId,
      );
      if (outcome.ok) return outcome;
      return sendError(ctx, request, reply, outcome.error.code, outcome.error.params);
    });
  };
}
