import { z } from 'zod';
import { participantOf } from '../../server/demo/seed/helpers.ts';
import type { SeedScript } from '../../server/demo/seed/script.ts';

/**
 * The data file: per participant key, their answers by question id (the default questions):
 * a number is a score, a text an open answer. Who is missing did not fill it in.
 */
const dataSchema = z.object({
  answers: z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string()]))),
});

/**
 * The seed's evaluation at the end of day 2 (server only), played as a live one: the facilitator opens it,
 * each participant sends their answers, the facilitator closes it and shows all scores.
 */
export const seedScript: SeedScript = async (run, data) => {
  const { answers } = dataSchema.parse(data);
  await run.send('facilitator', { type: 'openEvaluation' });
  for (const [key, given] of Object.entries(answers)) {
    participantOf(run, key); // a typo in a key stops here, with the key in the message
    await run.send(key, {
      type: 'submitAnswers',
      answers: Object.entries(given).map(([questionId, value]) =>
        typeof value === 'number'
          ? { questionId, score: value, text: null }
          : { questionId, score: null, text: value },
      ),
    });
  }
  await run.send('facilitator', { type: 'closeEvaluation' });
  await run.send('facilitator', { type: 'showOnScreen', screen: { type: 'scores' } });
};
