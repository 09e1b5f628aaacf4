import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.ts';
import { maySteer } from '../../domain/workshop/roles.ts';
import { hashToken, newSecretToken } from '../auth/tokens.ts';
import type { AppContext } from '../context.ts';
import type { Account } from '../store/types.ts';

export const SESSION_COOKIE = 'wp_session';
const SESSION_DAYS = 30;

/** A participant's token cookie is per workshop, so one phone can be in two workshops. */
export function participantCookie(workshopId: string): string {
  return `wp_pt_${workshopId}`;
}

export function cookieOptions(ctx: AppContext, maxAgeSeconds: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.secureCookies,
    maxAge: maxAgeSeconds,
  };
}

const accountCache = new WeakMap<FastifyRequest, Promise<Account | null>>();

/** The signed-in account of this request, if any. Looked up once per request. */
export function currentAccount(ctx: AppContext, request: FastifyRequest): Promise<Account | null> {
  let found = accountCache.get(request);
  if (!found) {
    const token = request.cookies[SESSION_COOKIE];
    found = token
      ? ctx.stores.accounts.findSessionAccount(hashToken(token), ctx.now())
      : Promise.resolve(null);
    accountCache.set(request, found);
  }
  return found;
}

export async function requireAccount(ctx: AppContext, request: FastifyRequest): Promise<Account> {
  const account = await currentAccount(ctx, request);
  if (!account) throw new DomainError('WP_ERR_UNAUTHENTICATED');
  return account;
}

/** The account, provided it facilitates this workshop. */
export async function requireFacilitatorOf(
  ctx: AppContext,
  request: FastifyRequest,
  workshopId: string,
): Promise<Account> {
  const account = await requireAccount(ctx, request);
  const room = await ctx.rooms.get(workshopId);
  if (!room.state.exists) throw new DomainError('WP_ERR_NOT_FOUND');
  if (!Object.hasOwn(room.state.facilitators, account.id))
    throw new DomainError('WP_ERR_FORBIDDEN');
  return account;
}

/**
 * The account, provided it facilitates this workshop and may steer it: for routes that change
 * things (uploads, invitations). A note-taker reads everything, but only writes the minutes.
 */
export async function requireSteeringFacilitatorOf(
  ctx: AppContext,
  request: FastifyRequest,
  workshopId: string,
): Promise<Account> {
  const account = await requireFacilitatorOf(ctx, request, workshopId);
  const room = await ctx.rooms.get(workshopId);
  if (!maySteer(room.state, account.id)) throw new DomainError('WP_ERR_FORBIDDEN');
  return account;
}

export async function startSession(
  ctx: AppContext,
  reply: FastifyReply,
  accountId: string,
): Promise<void> {
  const token = newSecretToken();
  const now = ctx.now();
  const maxAge = SESSION_DAYS * 24 * 3600;
  await ctx.stores.accounts.createSession(hashToken(token), accountId, now, now + maxAge * 1000);
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(ctx, maxAge));
}
