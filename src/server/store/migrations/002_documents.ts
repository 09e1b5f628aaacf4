import type { Kysely, Migration } from 'kysely';

/**
 * Files attached to programme blocks. Kept in the database (not beside it) so one backup holds
 * everything and several nodes see the same files. Sizes are capped at upload (15 MB).
 */
export const documents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workshop_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('mime', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      // SQLite: BLOB. The PostgreSQL migration set will use bytea.
      .addColumn('data', 'blob', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('documents_workshop')
      .on('documents')
      .column('workshop_id')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('documents').execute();
  },
};
