import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { parse } from '../../domain/engine.ts';
import { LIMITS } from '../../domain/workshop/limits.ts';
import { hashToken } from '../auth/tokens.ts';
import type { AppContext } from '../context.ts';
import {
  authenticate,
  createAccount,
  newAccountSchema,
  publicAccount,
} from '../services/accounts.ts';
import { acceptInvite } from '../services/workshops.ts';
import { currentAccount, SESSION_COOKIE, startSession } from './session.ts';

const loginSchema = z.object({
  email: z.string().max(LIMITS.email),
  password: z.string().max(LIMITS.password),
});
const tokenSchema = z.object({ token: z.string().min(20).max(100) });

/** Sign in and out, first-administrator setup, one-time sign-in links, invitations. */
export function authRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const strict = { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } };

    app.get('/api/session', async (request) => {
      const account = await currentAccount(ctx, request);
      const setupRequired = (await ctx.stores.accounts.countAccounts()) === 0;
      return { account: account ? publicAccount(account) : null, setupRequired };
    });

    app.post('/api/auth/login', strict, async (request, reply) => {
      const body = parse(loginSchema, request.body);
      const account = await authenticate(ctx, body.email, body.password);
      await startSession(ctx, reply, account.id);
      return { account: publicAccount(account) };
    });

    app.post('/api/auth/logout', async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await ctx.stores.accounts.deleteSession(hashToken(token));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    });

    // A one-time sign-in link (printed by the demo at start): signs in without a password.
    app.post('/api/auth/link', strict, async (request, reply) => {
      const { token } = parse(tokenSchema, request.body);
      const found = await ctx.stores.accounts.consumeOneTimeToken(
        hashToken(token),
        'signin',
        ctx.now(),
      );
      if (!found?.accountId) throw new DomainError('WP_ERR_TOKEN_INVALID');
      await startSession(ctx, reply, found.accountId);
      const account = await ctx.stores.accounts.findAccount(found.accountId);
      return { account: account ? publicAccount(account) : null, workshopId: found.workshopId };
    });

    // First start outside demo mode: the printed setup link creates the first administrator.
    app.post('/api/setup', strict, async (request, reply) => {
      const body = parse(tokenSchema.extend(newAccountSchema.shape), request.body);
      const found = await ctx.stores.accounts.consumeOneTimeToken(
        hashToken(body.token),
        'setup',
        ctx.now(),
      );
      if (!found) throw new DomainError('WP_ERR_TOKEN_INVALID');
      const account = await createAccount(ctx, body, 'admin');
      await startSession(ctx, reply, account.id);
      return { account: publicAccount(account) };
    });

    app.get('/api/invites/:token', async (request) => {
      const { token } = parse(tokenSchema, request.params);
      const invite = await ctx.stores.accounts.peekOneTimeToken(
        hashToken(token),
        'invite',
        ctx.now(),
      );
      if (!invite?.workshopId) throw new DomainError('WP_ERR_TOKEN_INVALID');
      const workshop = await ctx.stores.events.findWorkshop(invite.workshopId);
      const inviter = invite.accountId
        ? await ctx.stores.accounts.findAccount(invite.accountId)
        : null;
      return { workshopTitle: workshop?.title ?? '', invitedBy: inviter?.name ?? '' };
    });

    // Accepting an invitation: signed in already, or creating an account on the spot.
    app.post('/api/invites/accept', strict, async (request, reply) => {
      const signedIn = await currentAccount(ctx, request);
      const { token } = parse(tokenSchema.loose(), request.body);
      // Check the link before creating an account, so a dead link leaves nothing behind.
      const invite = await ctx.stores.accounts.peekOneTimeToken(
        hashToken(token),
        'invite',
        ctx.now(),
      );
      if (!invite) throw new DomainError('WP_ERR_TOKEN_INVALID');
      const account =
        signedIn ??
        (await createAccount(ctx, parse(newAccountSchema, request.body), 'facilitator'));
      const workshopId = await acceptInvite(ctx, token, account);
      if (!signedIn) await startSession(ctx, reply, account.id);
      return { account: publicAccount(account), workshopId };
    });
  };
}
