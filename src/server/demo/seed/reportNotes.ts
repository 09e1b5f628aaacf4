import { z } from 'zod';
import { orderedBlocks } from '../../../domain/programme/state.ts';
import { NOTE_KINDS } from '../../../domain/reportNotes/types.ts';
import { sideSchema } from '../../../domain/workshop/state.ts';
import type { SeedBackend, SeedCast, SeedPlay } from './player.ts';

/** `data/reportNotes.json`: the minutes of the seed's workshop, by block title. */
const notesSchema = z.object({
  notes: z.array(
    z.object({
      block: z.string(),
      kind: z.enum(NOTE_KINDS),
      text: z.string(),
      side: sideSchema.nullable().default(null),
      municipality: z.string().nullable().default(null),
      group: z.string().default(''),
    }),
  ),
});

/**
 * Writes the seed's minutes ("verslaglegging") as the lead would have during the day: one
 * `addReportNote` per note, in data order. Returns what went wrong (an unknown block or
 * municipality, a refused note), like the activities' scripts; nothing stops the rest.
 */
export async function playReportNotes(
  backend: SeedBackend,
  play: SeedPlay,
  cast: SeedCast,
): Promise<string[]> {
  const raw = await play.loadData('reportNotes');
  if (raw === undefined) return [];
  const problems: string[] = [];
  const blocks = orderedBlocks(backend.state().programme);
  for (const note of notesSchema.parse(raw).notes) {
    const block = blocks.find((b) => b.title === note.block);
    const partnership = cast.partnerships.find((p) => p.municipality === note.municipality);
    if (!block || (note.municipality !== null && !partnership)) {
      problems.push(`reportNotes: unknown block or municipality in "${note.text}"`);
      continue;
    }
    const { block: _block, municipality: _municipality, ...fields } = note;
    const command = {
      type: 'addReportNote',
      blockId: block.id,
      ...fields,
      partnershipId: partnership?.id ?? null,
    };
    try {
      await backend.execute(play.lead, { activityId: null, command });
    } catch (error) {
      problems.push(`reportNotes: "${note.text}": ${String(error)}`);
    }
  }
  return problems;
}
