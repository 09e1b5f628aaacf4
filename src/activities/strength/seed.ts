import { z } from 'zod';
import { sideSchema } from '../../domain/workshop/state.ts';
import { ensureSide, sendAll } from '../../server/demo/seed/helpers.ts';
import type { SeedScript } from '../../server/demo/seed/script.ts';
import { categorySchema } from './schema.ts';

/**
 * "De kracht van de ander" in the seed's completed workshop (server only): per round, each
 * side writes its notes about the other, then the facilitator shares them in a plenary; after
 * the last round the facilitator closes. Data: `src/server/demo/seed/data/strength.json`.
 */
const dataSchema = z.object({
  rounds: z.array(
    z.object({
      title: z.string().optional(),
      groups: z.array(
        z.object({
          writtenBy: sideSchema,
          notes: z.array(z.object({ by: z.string(), category: categorySchema, text: z.string() })),
        }),
      ),
    }),
  ),
});

export const seedScript: SeedScript = async (run, raw) => {
  const data = dataSchema.parse(raw);
  for (const [index, round] of data.rounds.entries()) {
    if (index > 0) await run.send('facilitator', { type: 'startWriteRound' });
    const notes = round.groups.flatMap((group) =>
      group.notes.map((note) => {
        ensureSide(run, note.by, group.writtenBy);
        const command = { type: 'addNote', text: note.text, category: note.category };
        return [note.by, command] as const;
      }),
    );
    await sendAll(run, notes);
    // Sharing is what makes the notes the room's: revealed, and offered to "Wie speelt welke rol".
    await run.send('facilitator', { type: 'startPlenary' });
  }
  await run.send('facilitator', { type: 'close' });
};
