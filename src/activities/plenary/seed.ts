import { z } from 'zod';
import { participantOf } from '../../server/demo/seed/helpers.ts';
import type { SeedScript } from '../../server/demo/seed/script.ts';

/**
 * "Plenaire vraag" in the seed's completed workshop (server only). The programme holds two
 * plenary questions, so `data/plenary.json` is a list with one entry per block in programme
 * order (the runner hands each block its own entry). Per entry: everyone's notes (a
 * facilitator typed in what was said aloud: `by: "facilitator"`), then the clusters the
 * facilitator made, each naming its notes by their words, and the question closes.
 */
const entrySchema = z.object({
  prompt: z.string(),
  notes: z.array(z.object({ by: z.string(), text: z.string() })),
  clusters: z.array(z.object({ name: z.string(), notes: z.array(z.string()) })),
});

export const seedScript: SeedScript = async (run, raw) => {
  const entry = entrySchema.parse(raw);
  const idOf = new Map<string, string>();
  for (const note of entry.notes) {
    if (note.by !== 'facilitator') participantOf(run, note.by);
    const id = await run.send(note.by, { type: 'addNote', text: note.text });
    if (!id) throw new Error(`seed: plenary note "${note.text}" was not added`);
    idOf.set(note.text, id);
  }
  for (const cluster of entry.clusters) {
    const clusterId = await run.send('facilitator', { type: 'addCluster', name: cluster.name });
    if (!clusterId) throw new Error(`seed: cluster "${cluster.name}" was not added`);
    for (const text of cluster.notes) {
      const noteId = idOf.get(text);
      if (!noteId)
        throw new Error(`seed: cluster "${cluster.name}" names an unknown note "${text}"`);
      await run.send('facilitator', { type: 'moveNote', noteId, clusterId });
    }
  }
  await run.send('facilitator', { type: 'close' });
};
