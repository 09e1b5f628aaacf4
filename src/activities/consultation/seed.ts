import { z } from 'zod';
import { participantOf, partnershipOf } from '../../server/demo/seed/helpers.ts';
import type { SeedScript } from '../../server/demo/seed/script.ts';

/**
 * The seed's consultation as researchers edit it (`src/server/demo/seed/data/consultation.json`,
 * in Dutch): who visited whom, each question with who asked it and the advice given, and
 * whether the facilitator shared it all with the room. Checked on load, so a typo stops the
 * seed with a message instead of leaving a gap.
 */
const seedSchema = z.object({
  koppels: z.array(z.object({ bezoeker: z.string(), gastheer: z.string() })),
  vragen: z.array(
    z.object({
      gemeente: z.string(),
      door: z.string(),
      vraag: z.string(),
      advies: z.array(z.object({ door: z.string(), tekst: z.string() })),
    }),
  ),
  delen: z.boolean(),
});

/**
 * Plays the consultation as the room did: the partnerships write their questions, the
 * facilitator takes the round-robin suggestion and edits it to the seed's pairs, confirms,
 * the hosts record advice, and the facilitator shares every visit and closes.
 */
export const seedScript: SeedScript = async (run, data) => {
  const seed = seedSchema.parse(data);
  const asked: { questionId: string; advies: { door: string; tekst: string }[] }[] = [];
  for (const q of seed.vragen) {
    const asker = participantOf(run, q.door);
    if (asker.partnershipId !== partnershipOf(run, q.gemeente))
      throw new Error(`consultation seed: "${q.door}" is not of ${q.gemeente}`);
    const questionId = await run.send(q.door, { type: 'addQuestion', text: q.vraag });
    if (!questionId) throw new Error(`consultation seed: no id for "${q.vraag}"`);
    asked.push({ questionId, advies: q.advies });
  }
  await run.send('facilitator', { type: 'suggestPairs' });
  const wanted = new Map(
    seed.koppels.map((k) => [partnershipOf(run, k.bezoeker), partnershipOf(run, k.gastheer)]),
  );
  for (const p of run.partnerships)
    await run.send('facilitator', {
      type: 'setVisit',
      visitorId: p.id,
      hostId: wanted.get(p.id) ?? null,
    });
  await run.send('facilitator', { type: 'confirmPairs' });
  for (const { questionId, advies } of asked)
    for (const a of advies)
      await run.send(a.door, { type: 'addAdvice', questionId, text: a.tekst });
  if (seed.delen) await run.send('facilitator', { type: 'shareAll' });
  await run.send('facilitator', { type: 'close' });
};
