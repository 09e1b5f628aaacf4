import type { EventMeta } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import type { Note, StrengthEvent, StrengthState } from './schema.ts';

export const initialStrengthState: StrengthState = {
  phase: 'write',
  round: 1,
  notes: {},
  spotlightId: null,
};

function withNote(state: StrengthState, note: Note): StrengthState {
  return { ...state, notes: { ...state.notes, [note.id]: note } };
}

function withoutNote(state: StrengthState, noteId: string): StrengthState {
  const { [noteId]: _gone, ...notes } = state.notes;
  return {
    ...state,
    notes,
    spotlightId: state.spotlightId === noteId ? null : state.spotlightId,
  };
}

/** Applies one event to the full state (on the server only: browsers receive views). */
export function evolve(state: StrengthState, event: StrengthEvent, meta: EventMeta): StrengthState {
  switch (event.type) {
    case 'noteAdded': {
      const { type: _type, noteId, ...fields } = event;
      return withNote(state, {
        ...fields,
        id: noteId,
        revealed: false,
        createdSeq: meta.seq,
        createdAt: meta.at,
        editedAt: null,
        hidden: false,
        mergedFrom: [],
        mergedInto: null,
      });
    }
    case 'noteEdited': {
      const note = own(state.notes, event.noteId);
      if (!note) return state;
      return withNote(state, {
        ...note,
        text: event.text,
        category: event.category,
        editedAt: meta.at,
      });
    }
    case 'noteDeleted':
      return withoutNote(state, event.noteId);
    case 'plenaryStarted': {
      // Every note written so far is shared now (hidden ones too, should they come back).
      const notes: Record<string, Note> = {};
      for (const note of Object.values(state.notes))
        notes[note.id] = note.revealed ? note : { ...note, revealed: true };
      return { ...state, phase: 'plenary', notes };
    }
    case 'writeRoundStarted':
      return { ...state, phase: 'write', round: event.round, spotlightId: null };
    case 'noteSpotlighted':
      return { ...state, spotlightId: event.noteId };
    case 'notesMerged': {
      let next = withNote(state, { ...event.mergedNote, createdSeq: meta.seq });
      for (const id of event.sourceIds) {
        const source = own(next.notes, id);
        if (source) next = withNote(next, { ...source, mergedInto: event.mergedNote.id });
      }
      return next.spotlightId && event.sourceIds.includes(next.spotlightId)
        ? { ...next, spotlightId: null }
        : next;
    }
    case 'noteHidden': {
      const note = own(state.notes, event.noteId);
      if (!note) return state;
      const next = withNote(state, { ...note, hidden: true });
      return next.spotlightId === note.id ? { ...next, spotlightId: null } : next;
    }
    case 'noteUnhidden': {
      const note = own(state.notes, event.noteId);
      return note ? withNote(state, { ...note, hidden: false }) : state;
    }
    case 'closed':
      return { ...state, phase: 'closed', spotlightId: null };
    case 'notesShared': {
      const notes: Record<string, Note> = { ...state.notes };
      for (const id of event.noteIds) {
        const note = own(notes, id);
        if (note && !note.revealed) notes[id] = { ...note, revealed: true };
      }
      return { ...state, notes };
    }
  }
}
