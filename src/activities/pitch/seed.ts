import * as Y from 'yjs';
import { z } from 'zod';
import { fromBase64, toBase64 } from '../../domain/coedit/doc.ts';
import { own } from '../../domain/ids.ts';
import { participantOf, partnershipOf } from '../../server/demo/seed/helpers.ts';
import type { SeedRun, SeedScript } from '../../server/demo/seed/script.ts';
import { mergedUpdate } from './prep.ts';
import { PREP, type PitchState, type PrepField } from './schema.ts';

/**
 * The elevator pitch in the seed's completed workshop (server only): each municipality's
 * people type their preparation (as their phones would, through the co-edited document), then
 * the facilitator sets the order, gives every municipality its pitch in turn and finishes.
 * Data: `src/server/demo/seed/data/pitch.json`.
 */
const typed = z.object({ by: z.string(), text: z.string().min(1) });
const dataSchema = z.object({
  order: z.array(z.string()),
  preps: z.array(
    z.object({
      municipality: z.string(),
      stand: typed.optional(),
      goals: typed.optional(),
      notes: typed.optional(),
    }),
  ),
});

export const seedScript: SeedScript = async (run, raw) => {
  const data = dataSchema.parse(raw);
  for (const prep of data.preps) {
    const partnershipId = partnershipOf(run, prep.municipality);
    for (const field of PREP.fields) {
      const entry = prep[field];
      if (!entry) continue;
      if (participantOf(run, entry.by).partnershipId !== partnershipId)
        throw new Error(`seed: "${entry.by}" does not belong to ${prep.municipality}`);
      const update = typedInto(run, partnershipId, field, entry.text);
      await run.send(entry.by, { type: 'editPrep', partnershipId, update });
    }
  }
  const order = data.order.map((municipality) => partnershipOf(run, municipality));
  await run.send('facilitator', { type: 'setOrder', order });
  await run.send('facilitator', { type: 'startPitch' });
  // "Next" ends the pitch on stage and starts the next one; after the last it only ends it.
  while (run.state<PitchState>().current !== null) await run.send('facilitator', { type: 'skip' });
  await run.send('facilitator', { type: 'finish' });
};

/**
 * What a phone sends after typing `text` at the end of `field`: a Yjs update made on top of
 * the document as it stands, so the edits of the municipality's other phones are kept.
 */
function typedInto(run: SeedRun, partnershipId: string, field: PrepField, text: string): string {
  const doc = new Y.Doc();
  const current = mergedUpdate(own(run.state<PitchState>().preps, partnershipId));
  if (current) Y.applyUpdate(doc, fromBase64(current));
  const before = Y.encodeStateVector(doc);
  const target = doc.getText(field);
  target.insert(target.length, text);
  const update = toBase64(Y.encodeStateAsUpdate(doc, before));
  doc.destroy();
  return update;
}
