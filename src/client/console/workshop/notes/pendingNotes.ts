import type { OutboxEntry } from '../../../shared/outbox.ts';
import { NOTE_KIND_ORDER, type NoteFields } from './noteModel.ts';

/** A note in the outbox: typed and kept, not yet stored by the server. */
export interface PendingNote extends NoteFields {
  readonly clientActionId: string;
  readonly createdAt: number;
}

/**
 * The block's new notes still in the outbox, newest first. An entry the server acknowledged
 * stays in the outbox until its event is in the view (`seq`); from then on the list shows the
 * stored note instead, so it is skipped here.
 */
export function pendingNotes(
  pending: readonly OutboxEntry[],
  seq: number,
  blockId: string,
): PendingNote[] {
  const notes: PendingNote[] = [];
  for (const entry of pending) {
    const command = entry.command as Record<string, unknown> & { type: string };
    if (command.type !== 'addReportNote' || command.blockId !== blockId) continue;
    if (entry.ackedSeq !== null && entry.ackedSeq <= seq) continue;
    notes.push({
      clientActionId: entry.clientActionId,
      createdAt: entry.createdAt,
      kind: NOTE_KIND_ORDER.find((k) => k === command.kind) ?? 'point',
      text: typeof command.text === 'string' ? command.text : '',
      side: command.side === 'formal' || command.side === 'informal' ? command.side : null,
      partnershipId: typeof command.partnershipId === 'string' ? command.partnershipId : null,
      group: typeof command.group === 'string' ? command.group : '',
    });
  }
  return notes.reverse();
}
