import { randomInt } from 'node:crypto';
import { DomainError } from '../../domain/errors.ts';
import { makeJoinCode } from '../../domain/ids.ts';
import type { Language } from '../../domain/language.ts';
import { hashToken, newSecretToken } from '../auth/tokens.ts';
import type { AppContext } from '../context.ts';
import { newId } from '../room/rooms.ts';
import type { Account } from '../store/types.ts';

export interface WorkshopFields {
  readonly title: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly venue: string;
  readonly defaultLanguage: Language;
}

const INVITE_DAYS = 14;

/** Creates a workshop with a fresh join code; the creator becomes its lead facilitator. */
export async function createWorkshop(
  ctx: AppContext,
  lead: Account,
  fields: WorkshopFields,
  /** A programme template to apply right away (e.g. `twoDay`), or none. */
  template: string | null = null,
): Promise<{ id: string; code: string }> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = makeJoinCode((n) => randomInt(n));
    if (await ctx.stores.events.findWorkshopByCode(code)) continue;
    const id = newId();
    const outcome = await ctx.rooms.execute(
      id,
      { kind: 'system' },
      {
        activityId: null,
        command: {
          type: 'createWorkshop',
          workshopId: id,
          code,
          ...fields,
          lead: { accountId: lead.id, name: lead.name },
        },
      },
    );
    if (!outcome.ok) throw outcome.error;
    if (template) {
      const asLead = { kind: 'facilitator', accountId: lead.id } as const;
      const command = { type: 'applyTemplate', templateId: template };
      const applied = await ctx.rooms.execute(id, asLead, { activityId: null, command });
      if (!applied.ok) throw applied.error;
    }
    return { id, code };
  }
  throw new DomainError('WP_ERR_CONFLICT');
}

/** A one-time link that lets a co-facilitator join the workshop's console. */
export async function createInvite(
  ctx: AppContext,
  workshopId: string,
  invitedBy: Account,
): Promise<string> {
  const token = newSecretToken();
  const now = ctx.now();
  await ctx.stores.accounts.createOneTimeToken(
    hashToken(token),
    {
      purpose: 'invite',
      workshopId,
      accountId: invitedBy.id,
      expiresAt: now + INVITE_DAYS * 86_400_000,
    },
    now,
  );
  return token;
}

/** Uses an invitation: the account becomes a facilitator of the workshop it was made for. */
export async function acceptInvite(
  ctx: AppContext,
  token: string,
  account: Account,
): Promise<string> {
  const invite = await ctx.stores.accounts.consumeOneTimeToken(
    hashToken(token),
    'invite',
    ctx.now(),
  );
  if (!invite?.workshopId) throw new DomainError('WP_ERR_TOKEN_INVALID');
  const outcome = await ctx.rooms.execute(
    invite.workshopId,
    { kind: 'system' },
    {
      activityId: null,
      command: { type: 'addFacilitator', accountId: account.id, name: account.name },
    },
  );
  if (!outcome.ok) throw outcome.error;
  return invite.workshopId;
}
