import { z } from 'zod';
import type { SeedScript } from '../../server/demo/seed/script.ts';

/**
 * The introduction round in the seed's completed workshop (server only): the facilitator runs
 * a number of rounds, each with new pairs and a personal question (the server forms them from
 * everyone in the room, as live), then ends the last round and closes. Answers are never
 * recorded, so the data is only the number of rounds: `src/server/demo/seed/data/intro.json`.
 */
const dataSchema = z.object({ rounds: z.number().int().min(1).max(20) });

export const seedScript: SeedScript = async (run, raw) => {
  const { rounds } = dataSchema.parse(raw);
  await run.send('facilitator', { type: 'startRound' });
  for (let round = 2; round <= rounds; round++)
    await run.send('facilitator', { type: 'nextRound', fromRound: round - 1 });
  await run.send('facilitator', { type: 'endRound' });
  await run.send('facilitator', { type: 'close' });
};
