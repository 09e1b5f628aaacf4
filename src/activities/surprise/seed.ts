import { z } from 'zod';
import { participantOf } from '../../server/demo/seed/helpers.ts';
import type { SeedScript } from '../../server/demo/seed/script.ts';

/**
 * "Wat heeft je verrast?" in the seed's completed workshop (server only): everyone shares
 * what surprised them, a facilitator types in what was said aloud (`by: "facilitator"`), and
 * the round is closed. Data: `src/server/demo/seed/data/surprise.json`.
 */
const dataSchema = z.object({
  texts: z.array(z.object({ by: z.string(), text: z.string() })),
});

export const seedScript: SeedScript = async (run, raw) => {
  const data = dataSchema.parse(raw);
  for (const item of data.texts) {
    if (item.by !== 'facilitator') participantOf(run, item.by);
    await run.send(item.by, { type: 'addText', text: item.text });
  }
  await run.send('facilitator', { type: 'close' });
};
