import { fastifyCookie } from '@fastify/cookie';
import type { IncomingHttpHeaders } from 'node:http';
import type { Actor, Viewer } from '../../domain/actors.ts';
import { DomainError } from '../../domain/errors.ts';
import { pickLanguage, type Language } from '../../domain/language.ts';
import { handshakeSchema, type You } from '../../domain/protocol.ts';
import { isAllowedOrigin } from '../auth/origin.ts';
import { hashToken } from '../auth/tokens.ts';
import type { AppContext } from '../context.ts';
import { participantCookie, SESSION_COOKIE } from '../http/session.ts';
import { findByCode, tokenStatus } from '../services/join.ts';

/** Who a socket is, established once in the handshake and kept on `socket.data`. */
export interface SocketIdentity {
  readonly workshopId: string;
  readonly viewer: Viewer;
  /** Null for read-only connections (the projector). */
  readonly actor: Actor | null;
  readonly you: You;
  language: Language;
}

/**
 * Authenticates a handshake. The client only says which role and workshop it wants; the
 * server decides who it is from the session cookie or the participant token.
 */
export async function identify(
  ctx: AppContext,
  auth: unknown,
  headers: IncomingHttpHeaders,
): Promise<SocketIdentity> {
  if (!isAllowedOrigin(headers.origin, headers.host, ctx.config))
    throw new DomainError('WP_ERR_BAD_ORIGIN');
  const parsed = handshakeSchema.safeParse(auth);
  if (!parsed.success) throw new DomainError('WP_ERR_VALIDATION', { field: 'auth' });
  const request = parsed.data;
  const cookies = fastifyCookie.parse(headers.cookie ?? '');
  const browserLanguage = pickLanguage(cookies['wp_lang'] ?? headers['accept-language']);

  switch (request.role) {
    case 'participant': {
      const token = request.token ?? cookies[participantCookie(request.workshopId)];
      const found = await tokenStatus(ctx, token);
      if (!found || found.workshopId !== request.workshopId)
        throw new DomainError('WP_ERR_UNAUTHENTICATED');
      if (found.removed) throw new DomainError('WP_ERR_PARTICIPANT_REMOVED');
      const p = found.participant;
      return {
        workshopId: found.workshopId,
        viewer: {
          kind: 'participant',
          participantId: p.id,
          side: p.side,
          partnershipId: p.partnershipId,
        },
        actor: { kind: 'participant', participantId: p.id },
        you: { role: 'participant', participantId: p.id },
        language: p.language ?? browserLanguage,
      };
    }
    case 'facilitator': {
      const session = cookies[SESSION_COOKIE];
      const account = session
        ? await ctx.stores.accounts.findSessionAccount(hashToken(session), ctx.now())
        : null;
      if (!account) throw new DomainError('WP_ERR_UNAUTHENTICATED');
      const room = await ctx.rooms.get(request.workshopId);
      if (!room.state.exists) throw new DomainError('WP_ERR_NOT_FOUND');
      if (!room.state.facilitators[account.id]) throw new DomainError('WP_ERR_FORBIDDEN');
      return {
        workshopId: request.workshopId,
        viewer: { kind: 'facilitator', accountId: account.id },
        actor: { kind: 'facilitator', accountId: account.id },
        you: { role: 'facilitator', accountId: account.id, name: account.name },
        language: browserLanguage,
      };
    }
    case 'projector': {
      // The projector shows what the whole room sees anyway; the code is enough.
      const workshop = await findByCode(ctx, request.code);
      return {
        workshopId: workshop.id,
        viewer: { kind: 'projector' },
        actor: null,
        you: { role: 'projector' },
        language: browserLanguage,
      };
    }
  }
}

/** The language to refuse a handshake in: the browser's choice, since we do not know who it is. */
export function handshakeLanguage(headers: IncomingHttpHeaders): Language {
  return pickLanguage(
    fastifyCookie.parse(headers.cookie ?? '')['wp_lang'] ?? headers['accept-language'],
  );
}
