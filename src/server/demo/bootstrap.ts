import { hashToken, newSecretToken } from '../auth/tokens.ts';
import type { AppContext } from '../context.ts';
import { createAccount } from '../services/accounts.ts';
import { createWorkshop } from '../services/workshops.ts';
import type { Account } from '../store/types.ts';
import { DEMO_ACCOUNT, DEMO_PARTNERSHIPS, DEMO_WORKSHOP } from './demoData.ts';
import { ensureSeedWorkshop } from './seed/run.ts';

export type StartupInfo =
  | {
      readonly mode: 'demo';
      readonly workshopId: string;
      readonly code: string;
      readonly signInToken: string;
    }
  | { readonly mode: 'setup'; readonly setupToken: string }
  | { readonly mode: 'ready' };

const LINK_HOURS = 24;

/**
 * First-start work. Demo mode: a known login and the demo workshop (made once, reused after).
 * Otherwise: while no account exists, a one-time link to create the first administrator;
 * no known credentials are ever created outside demo mode.
 */
export async function bootstrap(ctx: AppContext): Promise<StartupInfo> {
  if (ctx.config.demo) return bootstrapDemo(ctx);
  if ((await ctx.stores.accounts.countAccounts()) > 0) return { mode: 'ready' };
  const setupToken = await oneTimeToken(ctx, 'setup', null, null);
  return { mode: 'setup', setupToken };
}

async function bootstrapDemo(ctx: AppContext): Promise<StartupInfo> {
  const account =
    (await ctx.stores.accounts.findAccountByEmail(DEMO_ACCOUNT.email)) ??
    (await createAccount(ctx, { ...DEMO_ACCOUNT }, 'admin'));
  const existing = (await ctx.stores.events.listWorkshopsOf(account.id)).find(
    (w) => w.title === DEMO_WORKSHOP.title,
  );
  const workshop = existing ?? (await createDemoWorkshop(ctx, account));
  // The seed's workshop, played through to the end: the example a newcomer opens first. A
  // broken example must not keep the server from starting: it is told in the log instead.
  await ensureSeedWorkshop(ctx, account).catch((err: unknown) =>
    ctx.log.error({ err }, 'seed workshop could not be made'),
  );
  const signInToken = await oneTimeToken(ctx, 'signin', workshop.id, account.id);
  return { mode: 'demo', workshopId: workshop.id, code: workshop.code, signInToken };
}

async function createDemoWorkshop(ctx: AppContext, account: Account) {
  // The demo runs the seed's two days: every activity kind this build has is a live block.
  const created = await createWorkshop(ctx, account, DEMO_WORKSHOP, 'twoDay');
  const actor = { kind: 'facilitator', accountId: account.id } as const;
  const run = async (command: Record<string, unknown>) => {
    const outcome = await ctx.rooms.execute(created.id, actor, { activityId: null, command });
    if (!outcome.ok) throw outcome.error;
  };
  for (const partnership of DEMO_PARTNERSHIPS)
    await run({ type: 'addPartnership', ...partnership });
  return created;
}

async function oneTimeToken(
  ctx: AppContext,
  purpose: 'setup' | 'signin',
  workshopId: string | null,
  accountId: string | null,
) {
  const token = newSecretToken();
  const now = ctx.now();
  await ctx.stores.accounts.createOneTimeToken(
    hashToken(token),
    { purpose, workshopId, accountId, expiresAt: now + LINK_HOURS * 3_600_000 },
    now,
  );
  return token;
}
