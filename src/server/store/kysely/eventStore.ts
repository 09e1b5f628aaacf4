import { reactInOrder, type AsyncWorkshopReactions } from '../../reactions.ts';
import type { Kysely, Transaction } from 'kysely';
import { actorKey, type Actor } from '../../../domain/actors.ts';
import type { EventEnvelope } from '../../../domain/events.ts';
import type { Database } from '../schema.ts';
import type {
  AppendRequest,
  AppendResult,
  BatchAppendRequest,
  BatchAppendResult,
  EventStore,
  Snapshot,
  WorkshopSummary,
} from '../types.ts';

/** Thrown inside a transaction to roll it back; turned into a result outside. */
class AppendAborted extends Error {
  constructor(readonly reason: 'conflict' | 'duplicate') {
    super(reason);
  }
}

/**
 * The event log on any Kysely dialect. Durability comes from the dialect's commit (SQLite in
 * WAL mode with `synchronous=FULL`, PostgreSQL's default `fsync`). Gap-free sequence numbers
 * come from one `streams` row per workshop, advanced only from the head the caller expected.
 */
export function createEventStore(
  db: Kysely<Database>,
  isUniqueViolation: (error: unknown) => boolean,
): EventStore {
  async function append(request: AppendRequest): Promise<AppendResult> {
    const key = actorKey(request.actor);
    try {
      const envelopes = await db.transaction().execute(async (trx) => {
        if (
          request.clientActionId &&
          (await findCommandIn(trx, request.workshopId, key, request.clientActionId))
        ) {
          throw new AppendAborted('duplicate');
        }
        await advanceHead(trx, request.workshopId, request.expectedSeq, request.events.length);
        const envelopes = request.events.map((p, i): EventEnvelope => ({
          seq: request.expectedSeq + i + 1,
          at: request.at,
          activityId: p.activityId,
          v: p.v,
          event: p.event,
          actor: request.actor,
        }));
        await trx
          .insertInto('events')
          .values(envelopes.map((e) => toRow(request.workshopId, e)))
          .execute();
        if (request.clientActionId) {
          await trx
            .insertInto('commands')
            .values({
              workshop_id: request.workshopId,
              actor_key: key,
              client_action_id: request.clientActionId,
              first_seq: envelopes[0]?.seq ?? request.expectedSeq,
              last_seq: envelopes.at(-1)?.seq ?? request.expectedSeq,
              at: request.at,
            })
            .execute();
        }
        await projectIndexes(trx, request.workshopId, envelopes);
        return envelopes;
      });
      return { kind: 'appended', envelopes };
    } catch (error) {
      if (error instanceof AppendAborted && error.reason === 'conflict')
        return { kind: 'conflict' };
      // A duplicate found up front, or a concurrent retry that won the race on `commands`.
      if ((error instanceof AppendAborted || isUniqueViolation(error)) && request.clientActionId) {
        const found = await findCommandIn(db, request.workshopId, key, request.clientActionId);
        if (found) return { kind: 'duplicate', ...found };
      }
      if (isUniqueViolation(error)) return { kind: 'conflict' };
      throw error;
    }
  }

  async function appendBatch(request: BatchAppendRequest): Promise<BatchAppendResult> {
    const total = request.entries.reduce((n, e) => n + e.events.length, 0);
    try {
      const grouped = await db.transaction().execute(async (trx) => {
        for (const entry of request.entries) {
          const id = entry.clientActionId;
          if (id && (await findCommandIn(trx, request.workshopId, actorKey(entry.actor), id))) {
            throw new AppendAborted('duplicate');
          }
        }
        await advanceHead(trx, request.workshopId, request.expectedSeq, total);
        let seq = request.expectedSeq;
        const grouped = request.entries.map((entry) =>
          entry.events.map((p): EventEnvelope => ({
            seq: ++seq,
            at: request.at,
            activityId: p.activityId,
            v: p.v,
            event: p.event,
            actor: entry.actor,
          })),
        );
        const all = grouped.flat();
        await trx
          .insertInto('events')
          .values(all.map((e) => toRow(request.workshopId, e)))
          .execute();
        const commands = request.entries.flatMap((entry, i) => {
          const envelopes = grouped[i] ?? [];
          const first = envelopes[0];
          const last = envelopes.at(-1);
          if (!entry.clientActionId || !first || !last) return [];
          return [
            {
              workshop_id: request.workshopId,
              actor_key: actorKey(entry.actor),
              client_action_id: entry.clientActionId,
              first_seq: first.seq,
              last_seq: last.seq,
              at: request.at,
            },
          ];
        });
        if (commands.length > 0) await trx.insertInto('commands').values(commands).execute();
        await projectIndexes(trx, request.workshopId, all);
        return grouped;
      });
      return { kind: 'appended', envelopes: grouped };
    } catch (error) {
      if (error instanceof AppendAborted) return { kind: error.reason };
      // A racing writer took the head (conflict) or stored one of these commands (duplicate).
      if (isUniqueViolation(error)) return { kind: 'duplicate' };
      throw error;
    }
  }

  async function advanceHead(
    trx: Transaction<Database>,
    workshopId: string,
    expected: number,
    count: number,
  ) {
    const result = await trx
      .updateTable('streams')
      .set({ head_seq: expected + count })
      .where('workshop_id', '=', workshopId)
      .where('head_seq', '=', expected)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return;
    if (expected !== 0) throw new AppendAborted('conflict');
    // The first append of a workshop creates its stream row; a racing creator hits the key.
    await trx.insertInto('streams').values({ workshop_id: workshopId, head_seq: count }).execute();
  }

  return {
    append,
    appendBatch,
    async readAfter(workshopId, afterSeq, limit = 100_000) {
      const rows = await db
        .selectFrom('events')
        .selectAll()
        .where('workshop_id', '=', workshopId)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(fromRow);
    },
    async head(workshopId) {
      const row = await db
        .selectFrom('streams')
        .select('head_seq')
        .where('workshop_id', '=', workshopId)
        .executeTakeFirst();
      return row ? Number(row.head_seq) : 0;
    },
    findCommand: (workshopId, key, clientActionId) =>
      findCommandIn(db, workshopId, key, clientActionId),
    async loadSnapshot(workshopId): Promise<Snapshot | null> {
      const row = await db
        .selectFrom('snapshots')
        .selectAll()
        .where('workshop_id', '=', workshopId)
        .executeTakeFirst();
      if (!row) return null;
      return {
        seq: Number(row.seq),
        engineVersion: row.engine_version,
        state: JSON.parse(row.state),
      };
    },
    async saveSnapshot(workshopId, snapshot, at) {
      const values = {
        workshop_id: workshopId,
        seq: snapshot.seq,
        engine_version: snapshot.engineVersion,
        state: JSON.stringify(snapshot.state),
        at,
      };
      await db
        .insertInto('snapshots')
        .values(values)
        .onConflict((oc) => oc.column('workshop_id').doUpdateSet(values))
        .execute();
    },
    async findWorkshopByCode(code) {
      const row = await db
        .selectFrom('workshops')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirst();
      return row ? toSummary(row) : null;
    },
    async findWorkshop(id) {
      const row = await db
        .selectFrom('workshops')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toSummary(row) : null;
    },
    async listWorkshopsOf(accountId) {
      const rows = await db
        .selectFrom('workshops')
        .innerJoin('workshop_members', 'workshop_members.workshop_id', 'workshops.id')
        .selectAll('workshops')
        .where('workshop_members.account_id', '=', accountId)
        .orderBy('workshops.created_at', 'desc')
        .execute();
      return rows.map(toSummary);
    },
  };
}

async function findCommandIn(
  db: Kysely<Database>,
  workshopId: string,
  key: string,
  clientActionId: string,
): Promise<{ firstSeq: number; lastSeq: number } | null> {
  const row = await db
    .selectFrom('commands')
    .select(['first_seq', 'last_seq'])
    .where('workshop_id', '=', workshopId)
    .where('actor_key', '=', key)
    .where('client_action_id', '=', clientActionId)
    .executeTakeFirst();
  return row ? { firstSeq: Number(row.first_seq), lastSeq: Number(row.last_seq) } : null;
}

/**
 * Inline projection, written in the same transaction as the events: the lookup tables for
 * join codes and facilitator membership can never disagree with the log.
 */
const indexes: AsyncWorkshopReactions<{ trx: Transaction<Database>; workshopId: string }> = {
  workshopCreated: ({ code, title }, { at }, { trx, workshopId }) =>
    trx.insertInto('workshops').values({ id: workshopId, code, title, created_at: at }).execute(),
  workshopUpdated: ({ title }, _envelope, { trx, workshopId }) =>
    trx.updateTable('workshops').set({ title }).where('id', '=', workshopId).execute(),
  facilitatorAdded: ({ accountId }, _envelope, { trx, workshopId }) =>
    trx
      .insertInto('workshop_members')
      .values({ workshop_id: workshopId, account_id: accountId })
      .onConflict((oc) => oc.doNothing())
      .execute(),
};

function projectIndexes(
  trx: Transaction<Database>,
  workshopId: string,
  envelopes: EventEnvelope[],
): Promise<void> {
  return reactInOrder(indexes, envelopes, { trx, workshopId });
}

function toRow(workshopId: string, e: EventEnvelope): Database['events'] {
  return {
    workshop_id: workshopId,
    seq: e.seq,
    activity_id: e.activityId,
    type: e.event.type,
    v: e.v,
    data: JSON.stringify(e.event),
    actor: e.actor ? JSON.stringify(e.actor) : null,
    at: e.at,
  };
}

function fromRow(row: Database['events']): EventEnvelope {
  return {
    seq: Number(row.seq),
    at: Number(row.at),
    activityId: row.activity_id,
    v: Number(row.v),
    event: JSON.parse(row.data) as EventEnvelope['event'],
    actor: row.actor ? (JSON.parse(row.actor) as Actor) : null,
  };
}

function toSummary(row: Database['workshops']): WorkshopSummary {
  return { id: row.id, code: row.code, title: row.title, createdAt: Number(row.created_at) };
}
