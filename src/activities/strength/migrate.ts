import type { DomainEvent } from '../../domain/events.ts';
import type { Note, StrengthEvent } from './schema.ts';

/**
 * Version 1 events carried what stateless redaction needed: `revealed`/`placeholder` flags and
 * group on every note event, the revealed notes inside `plenaryStarted`, the whole note inside
 * `noteUnhidden`. Version 2 records only what happened; these map the old shapes onto it, and
 * replaying a version-1 log gives the same state as before.
 */
export function migrateEvent(event: DomainEvent, v: number): StrengthEvent {
  if (v >= 2) return event as StrengthEvent;
  const old = event as StrengthEvent & Record<string, unknown>;
  switch (old.type) {
    case 'noteAdded':
      return {
        type: 'noteAdded',
        noteId: old.noteId,
        group: old.group,
        round: old.round,
        category: old.category,
        text: old.text,
        authorId: old.authorId,
        anonymous: old.anonymous,
      };
    case 'noteEdited':
      return { type: 'noteEdited', noteId: old.noteId, text: old.text, category: old.category };
    case 'noteDeleted':
    case 'noteHidden':
      return { type: old.type, noteId: old.noteId };
    case 'plenaryStarted':
      return { type: 'plenaryStarted', round: old.round };
    case 'noteUnhidden': {
      const note = (old as unknown as { note: Note }).note;
      return { type: 'noteUnhidden', noteId: note.id };
    }
    case 'notesMerged': {
      const { placeholder: _dropped, ...mergedNote } = old.mergedNote as Note & {
        placeholder?: boolean;
      };
      return { type: 'notesMerged', mergedNote, sourceIds: old.sourceIds };
    }
    default:
      return old;
  }
}
