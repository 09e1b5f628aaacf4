import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { initial } from './001_initial.ts';
import { documents } from './002_documents.ts';

/** Migrations in order. Never edit a released one; add the next file instead. */
const migrations: Record<string, Migration> = {
  '001_initial': initial,
  '002_documents': documents,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the latest schema; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
