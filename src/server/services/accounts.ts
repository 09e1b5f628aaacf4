import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';
import { dummyHash, hashPassword, verifyPassword } from '../auth/passwords.ts';
import { newId } from '../room/rooms.ts';
import type { AppContext } from '../context.ts';
import type { Account } from '../store/types.ts';

export const newAccountSchema = z.object({
  name: text(LIMITS.displayName),
  email: z.email().max(LIMITS.email),
  // Long passphrases beat complexity rules; 10 characters is the floor.
  password: z.string().min(10).max(LIMITS.password),
});
export type NewAccount = z.infer<typeof newAccountSchema>;

export async function createAccount(
  ctx: AppContext,
  input: NewAccount,
  role: Account['role'],
): Promise<Account> {
  if (await ctx.stores.accounts.findAccountByEmail(input.email))
    throw new DomainError('WP_ERR_ALREADY_EXISTS', { field: 'email' });
  const account: Account = {
    id: newId(),
    email: input.email.toLowerCase(),
    name: input.name,
    role,
    passwordHash: await hashPassword(input.password),
  };
  await ctx.stores.accounts.createAccount(account, ctx.now());
  return account;
}

/** Checks a password. Unknown emails cost the same time as wrong passwords. */
export async function authenticate(
  ctx: AppContext,
  email: string,
  password: string,
): Promise<Account> {
  const account = await ctx.stores.accounts.findAccountByEmail(email);
  const ok = await verifyPassword(password, account?.passwordHash ?? (await dummyHash()));
  if (!account || !ok) throw new DomainError('WP_ERR_LOGIN_FAILED');
  return account;
}

export function publicAccount(account: Account) {
  return { id: account.id, name: account.name, email: account.email, role: account.role };
}
