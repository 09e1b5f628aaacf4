import { own } from '../ids.ts';
import type { ReportBlock } from '../report.ts';
import type { ReportNote } from '../reportNotes/types.ts';
import type { WorkshopState } from '../workshop/state.ts';

type T = (key: string) => string;

/**
 * A block's notes in the order they were taken. Notes of the same millisecond keep the order
 * they were added in (the state keeps insertion order, and the sort is stable).
 */
export function notesOfBlock(state: WorkshopState, blockId: string): ReportNote[] {
  return Object.values(state.reportNotes ?? {})
    .filter((n) => n.blockId === blockId)
    .sort((a, b) => a.at - b.at);
}

/**
 * Where a note came from, as the report says it: "informeel, Utrecht, Groep 2". Never who took
 * the note: the note-taker is not a source, and the report names no facilitator.
 */
export function noteOrigin(state: WorkshopState, note: ReportNote, t: T): string {
  const municipality =
    note.partnershipId === null
      ? ''
      : (own(state.partnerships, note.partnershipId)?.municipality ?? '');
  const side = note.side === null ? '' : t(`person.${note.side}`);
  return [side, municipality, note.group].filter((part) => part !== '').join(', ');
}

/**
 * What the note-takers wrote down during a block, for the end of its section: a heading, then
 * the notes in time order. Quotes stand as quotes with where they came from; the other notes
 * are list items that start with their kind ("Conclusie: …"). Empty when there are none.
 */
export function reportNoteBlocks(state: WorkshopState, blockId: string, t: T): ReportBlock[] {
  const notes = notesOfBlock(state, blockId);
  if (notes.length === 0) return [];
  const blocks: ReportBlock[] = [{ type: 'heading', level: 3, text: t('notes.heading') }];
  let items: string[] = [];
  const endList = () => {
    if (items.length > 0) blocks.push({ type: 'list', items });
    items = [];
  };
  for (const note of notes) {
    const origin = noteOrigin(state, note, t);
    if (note.kind === 'quote') {
      endList();
      blocks.push({ type: 'quote', text: note.text, ...(origin ? { source: origin } : {}) });
    } else {
      const from = origin ? ` (${origin})` : '';
      items.push(`${t(`notes.kinds.${note.kind}`)}: ${note.text}${from}`);
    }
  }
  endList();
  return blocks;
}
