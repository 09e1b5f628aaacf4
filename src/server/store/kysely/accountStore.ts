import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Account, AccountStore, OneTimePurpose, OneTimeToken } from '../types.ts';

/** Accounts, sessions and tokens on any Kysely dialect. Only hashes of tokens are stored. */
export function createAccountStore(db: Kysely<Database>): AccountStore {
  const toAccount = (row: Database['accounts']): Account => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    passwordHash: row.password_hash,
  });

  async function peek(
    tokenHash: string,
    purpose: OneTimePurpose,
    now: number,
  ): Promise<OneTimeToken | null> {
    const row = await db
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    if (!row) return null;
    return {
      purpose: row.purpose,
      workshopId: row.workshop_id,
      accountId: row.account_id,
      expiresAt: Number(row.expires_at),
    };
  }

  return {
    async countAccounts() {
      const row = await db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async createAccount(account, at) {
      await db
        .insertInto('accounts')
        .values({
          id: account.id,
          email: account.email.toLowerCase(),
          name: account.name,
          password_hash: account.passwordHash,
          role: account.role,
          created_at: at,
        })
        .execute();
    },
    async findAccountByEmail(email) {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst();
      return row ? toAccount(row) : null;
    },
    async findAccount(id) {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toAccount(row) : null;
    },
    async createSession(tokenHash, accountId, at, expiresAt) {
      await db
        .insertInto('sessions')
        .values({
          token_hash: tokenHash,
          account_id: accountId,
          created_at: at,
          expires_at: expiresAt,
        })
        .execute();
    },
    async findSessionAccount(tokenHash, now) {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
        .selectAll('accounts')
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.expires_at', '>', now)
        .executeTakeFirst();
      return row ? toAccount(row) : null;
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async createParticipantToken(tokenHash, workshopId, participantId, at) {
      await db
        .insertInto('participant_tokens')
        .values({
          token_hash: tokenHash,
          workshop_id: workshopId,
          participant_id: participantId,
          created_at: at,
          revoked_at: null,
        })
        .execute();
    },
    async findParticipantToken(tokenHash) {
      const row = await db
        .selectFrom('participant_tokens')
        .select(['workshop_id', 'participant_id', 'revoked_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row
        ? {
            workshopId: row.workshop_id,
            participantId: row.participant_id,
            revoked: row.revoked_at !== null,
          }
        : null;
    },
    async revokeParticipantTokens(workshopId, participantId, at) {
      await db
        .updateTable('participant_tokens')
        .set({ revoked_at: at })
        .where('workshop_id', '=', workshopId)
        .where('participant_id', '=', participantId)
        .where('revoked_at', 'is', null)
        .execute();
    },
    async createOneTimeToken(tokenHash, token, at) {
      await db
        .insertInto('one_time_tokens')
        .values({
          token_hash: tokenHash,
          purpose: token.purpose,
          workshop_id: token.workshopId,
          account_id: token.accountId,
          created_at: at,
          expires_at: token.expiresAt,
          used_at: null,
        })
        .execute();
    },
    async consumeOneTimeToken(tokenHash, purpose, now) {
      const token = await peek(tokenHash, purpose, now);
      if (!token) return null;
      // The `used_at is null` guard makes two simultaneous uses resolve to exactly one winner.
      const result = await db
        .updateTable('one_time_tokens')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1 ? token : null;
    },
    peekOneTimeToken: peek,
  };
}
