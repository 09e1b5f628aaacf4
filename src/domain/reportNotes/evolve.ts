import { own } from '../ids.ts';
import type { ReportNoteEvent } from './events.ts';
import type { ReportNote } from './types.ts';

type Notes = Readonly<Record<string, ReportNote>>;

/** Applies one note event; `at` is the event's server time (when an edit happened). */
export function evolveReportNotes(notes: Notes, event: ReportNoteEvent, at: number): Notes {
  switch (event.type) {
    case 'reportNoteAdded':
      return { ...notes, [event.note.id]: event.note };
    case 'reportNoteEdited': {
      const before = own(notes, event.noteId);
      if (!before) return notes;
      const { type: _type, noteId: _id, ...fields } = event;
      return { ...notes, [before.id]: { ...before, ...fields, editedAt: at } };
    }
    case 'reportNoteRemoved': {
      if (!own(notes, event.noteId)) return notes;
      const { [event.noteId]: _gone, ...rest } = notes;
      return rest;
    }
    case 'reportNoteShared': {
      const before = own(notes, event.noteId);
      if (!before) return notes;
      return { ...notes, [before.id]: { ...before, shared: event.shared } };
    }
  }
}
