import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { DocumentStore } from '../types.ts';

export function createDocumentStore(db: Kysely<Database>): DocumentStore {
  return {
    async save(d, at) {
      await db
        .insertInto('documents')
        .values({
          id: d.id,
          workshop_id: d.workshopId,
          name: d.name,
          mime: d.mime,
          size: d.size,
          sha256: d.sha256,
          data: d.data,
          created_at: at,
        })
        .execute();
    },
    async find(id) {
      const row = await db
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        workshopId: row.workshop_id,
        name: row.name,
        mime: row.mime,
        size: Number(row.size),
        sha256: row.sha256,
        data: row.data,
      };
    },
    async remove(id) {
      await db.deleteFrom('documents').where('id', '=', id).execute();
    },
  };
}
