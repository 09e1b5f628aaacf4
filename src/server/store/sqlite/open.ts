import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createAccountStore } from '../kysely/accountStore.ts';
import { createDocumentStore } from '../kysely/documentStore.ts';
import { createEventStore } from '../kysely/eventStore.ts';
import { migrateToLatest } from '../migrations/index.ts';
import type { Database } from '../schema.ts';
import type { Stores } from '../types.ts';

/**
 * Opens (or creates) the SQLite file. WAL lets readers work during a write; `synchronous=FULL`
 * makes every commit wait for the disk, so an acknowledged command survives a power cut.
 */
export async function openSqliteStores(file: string): Promise<Stores> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db as Kysely<unknown>);
  return {
    dialect: 'sqlite',
    events: createEventStore(db, isSqliteUniqueViolation),
    accounts: createAccountStore(db),
    documents: createDocumentStore(db),
    close: () => db.destroy(),
  };
}

export function isSqliteUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
