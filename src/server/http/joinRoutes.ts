import type { FastifyInstance, FastifyReply } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { parse } from '../../domain/engine.ts';
import { formatJoinCode, normalizeJoinCode } from '../../domain/ids.ts';
import { LANGUAGES } from '../../domain/language.ts';
import type { AppContext } from '../context.ts';
import {
  entryStatus,
  findByCode,
  joinSchema,
  joinWorkshop,
  knock,
  participantForToken,
} from '../services/join.ts';
import { sendError } from './errors.ts';
import { cookieOptions, participantCookie } from './session.ts';
import { joinUrl, phoneBaseUrl } from './urls.ts';

const codeParams = z.object({ code: z.string().max(20) });
const PARTICIPANT_COOKIE_DAYS = 60;

/**
 * Participants' routes: look up a code, join, rejoin, ask at a closed door and wait to be let
 * in; and the join QR code.
 */
export function joinRoutes(ctx: AppContext) {
  /** The phone's token, kept in its cookie too (so a phone that lost its storage comes back). */
  function admitted(
    reply: FastifyReply,
    who: { workshop: { id: string; code: string }; participantId: string; token: string },
  ) {
    reply.setCookie(
      participantCookie(who.workshop.id),
      who.token,
      cookieOptions(ctx, PARTICIPANT_COOKIE_DAYS * 86_400),
    );
    return {
      workshopId: who.workshop.id,
      code: who.workshop.code,
      participantId: who.participantId,
      token: who.token,
    };
  }

  return async (app: FastifyInstance) => {
    // What the join form needs to show: title, partnerships, languages. Nothing private.
    app.get('/api/join/:code', async (request) => {
      const workshop = await findByCode(ctx, parse(codeParams, request.params).code);
      const { state } = await ctx.rooms.get(workshop.id);
      return {
        workshopId: workshop.id,
        code: workshop.code,
        displayCode: formatJoinCode(workshop.code),
        title: state.title,
        locked: state.locked,
        defaultLanguage: state.defaultLanguage,
        languages: LANGUAGES,
        partnerships: Object.values(state.partnerships).map((p) => ({
          id: p.id,
          municipality: p.municipality,
        })),
        // Where phones go: shown on the projector and the printed sheet, held by the QR code.
        joinAddress: `${phoneBaseUrl(ctx, request)}/join`,
        joinUrl: joinUrl(phoneBaseUrl(ctx, request), workshop.code),
      };
    });

    app.post(
      '/api/join',
      { config: { rateLimit: { max: ctx.config.joinRatePerMinute, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const body = parse(joinSchema, request.body);
        const known = await findByCode(ctx, body.code);
        const existing =
          request.cookies[participantCookie(known.id)] ??
          tokenHeader(request.headers.authorization);
        const joined = await joinWorkshop(ctx, body, existing);
        return { ...admitted(reply, joined), rejoined: joined.rejoined };
      },
    );

    // At a closed door: ask to be let in. The phone gets its token now and keeps it.
    app.post(
      '/api/join/knock',
      { config: { rateLimit: { max: ctx.config.joinRatePerMinute, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const body = parse(joinSchema, request.body);
        const known = await findByCode(ctx, body.code);
        const existing =
          tokenHeader(request.headers.authorization) ??
          request.cookies[participantCookie(known.id)];
        const knocked = await knock(ctx, body, existing);
        return { ...admitted(reply, knocked), status: knocked.status };
      },
    );

    // "Am I let in yet?" for a phone waiting at the door. Only its own request, by its token.
    // No request for this token is an answer (`status: null`), not a failure: a phone that
    // kept a token asks this on every visit, and an error status would be a failed request.
    app.get('/api/join/:code/entry', async (request) => {
      const workshop = await findByCode(ctx, parse(codeParams, request.params).code);
      const token =
        tokenHeader(request.headers.authorization) ??
        request.cookies[participantCookie(workshop.id)];
      const entry = await entryStatus(ctx, workshop.id, token);
      if (!entry) return { status: null, locked: null, request: null };
      const { state } = await ctx.rooms.get(workshop.id);
      const { status, request: details } = entry;
      return { status, locked: state.locked, request: details };
    });

    // "Am I still in?" for a phone that comes back: by cookie, or by the token it kept.
    // No participant here for this token (none sent, unknown, revoked, or another workshop's)
    // is an answer, not a failure: `200 { participant: null }`. Every first visit asks this,
    // and an error status would put a failed request in every phone's console.
    app.get('/api/join/:code/me', async (request) => {
      const workshop = await findByCode(ctx, parse(codeParams, request.params).code);
      const token =
        tokenHeader(request.headers.authorization) ??
        request.cookies[participantCookie(workshop.id)];
      const found = await participantForToken(ctx, token);
      if (!found || found.workshopId !== workshop.id) return { participant: null };
      return { participant: found.participant };
    });

    app.get('/api/qr/:code.svg', async (request, reply) => {
      const code = normalizeJoinCode(parse(codeParams, request.params).code);
      const workshop = code ? await ctx.stores.events.findWorkshopByCode(code) : null;
      if (!workshop) return sendError(ctx, request, reply, 'WP_ERR_JOIN_CODE_UNKNOWN');
      const svg = await QRCode.toString(joinUrl(phoneBaseUrl(ctx, request), workshop.code), {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      return reply.type('image/svg+xml').header('cache-control', 'no-cache').send(svg);
    });

    app.get('/j/:code', async (request, reply) => {
      const code = normalizeJoinCode(parse(codeParams, request.params).code) ?? '';
      return reply.redirect(`/join/${code}`);
    });
  };
}

function tokenHeader(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}
