import { z } from 'zod';
import { sideSchema } from '../../domain/workshop/state.ts';
import { participantOf } from '../../server/demo/seed/helpers.ts';
import type { SeedRun, SeedScript } from '../../server/demo/seed/script.ts';

/**
 * "Over de streep" in the seed's completed workshop (server only). Prejudices are submitted
 * (by the facilitator when `submittedBy` is "facilitator") and screened; then each approved one
 * is revealed, the people in `crossedBy` cross, the crossing closes, the arguments come in and
 * the outcome is set. At the skittles the debunked ones marked `knockedDown` fall; then the
 * facilitator closes. Data: `src/server/demo/seed/data/crossTheLine.json`.
 */
const dataSchema = z.object({
  about: z.string().optional(),
  prejudices: z.array(
    z.object({
      about: sideSchema,
      text: z.string(),
      submittedBy: z.string(),
      rejected: z.boolean().optional(),
      crossedBy: z.array(z.string()).optional(),
      splitBySide: z.boolean().optional(),
      arguments: z
        .array(z.object({ by: z.string(), named: z.boolean().optional(), text: z.string() }))
        .optional(),
      outcome: z.enum(['debunked', 'stays']).optional(),
      knockedDown: z.boolean().optional(),
    }),
  ),
});
type Item = z.infer<typeof dataSchema>['prejudices'][number];

/** A data file's participant key, checked (a facilitator is "facilitator"). */
function actor(run: SeedRun, key: string): string {
  return key === 'facilitator' ? key : participantOf(run, key).key;
}

async function submit(run: SeedRun, item: Item): Promise<string> {
  const by = actor(run, item.submittedBy);
  const command =
    by === 'facilitator'
      ? { type: 'addPrejudice', about: item.about, text: item.text }
      : { type: 'submitPrejudice', about: item.about, text: item.text };
  const id = await run.send(by, command);
  if (!id) throw new Error(`seed: "${item.text}" was not submitted`);
  const screening = item.rejected ? 'rejectPrejudice' : 'approvePrejudice';
  if (by !== 'facilitator' || item.rejected)
    await run.send('facilitator', { type: screening, prejudiceId: id });
  return id;
}

async function play(run: SeedRun, item: Item, prejudiceId: string): Promise<void> {
  await run.send('facilitator', { type: 'revealPrejudice', prejudiceId });
  for (const key of item.crossedBy ?? [])
    await run.send(actor(run, key), { type: 'crossLine', prejudiceId, crossed: true });
  if (item.splitBySide)
    await run.send('facilitator', {
      type: 'setCountDisplay',
      prejudiceId,
      split: true,
      exact: false,
    });
  await run.send('facilitator', { type: 'closeCrossing', prejudiceId });
  for (const argument of item.arguments ?? [])
    await run.send(actor(run, argument.by), {
      type: 'addArgument',
      prejudiceId,
      text: argument.text,
      named: argument.named ?? false,
    });
  if (item.outcome)
    await run.send('facilitator', { type: 'setOutcome', prejudiceId, outcome: item.outcome });
}

export const seedScript: SeedScript = async (run, raw) => {
  const data = dataSchema.parse(raw);
  const ids: string[] = [];
  for (const item of data.prejudices) ids.push(await submit(run, item));
  await run.send('facilitator', { type: 'startPlay' });
  for (const [i, item] of data.prejudices.entries())
    if (!item.rejected) await play(run, item, ids[i]!);
  await run.send('facilitator', { type: 'startBowling' });
  for (const [i, item] of data.prejudices.entries())
    if (item.knockedDown)
      await run.send('facilitator', { type: 'knockDown', prejudiceId: ids[i]! });
  await run.send('facilitator', { type: 'close' });
};
