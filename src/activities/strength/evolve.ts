import type { EventMeta } from '../../domain/activity.ts';
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

/** Applies one event. Also runs on clients, on events already redacted for them. */
export function evolve(state: StrengthState, event: StrengthEvent, meta: EventMeta): StrengthState {
  switch (event.type) {
    case 'noteAdded': {
      const { type: _type, noteId, ...fields } = event;
      return withNote(state, {
        ...fields,
        id: noteId,
        createdSeq: meta.seq,
        createdAt: meta.at,
        editedAt: null,
        hidden: false,
        mergedFrom: [],
        mergedInto: null,
      });
    }
    case 'noteEdited': {
      const note = state.notes[event.noteId];
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
      let next: StrengthState = { ...state, phase: 'plenary' };
      for (const note of event.revealedNotes) next = withNote(next, note);
      return next;
    }
    case 'writeRoundStarted':
      return { ...state, phase: 'write', round: event.round, spotlightId: null };
    case 'noteSpotlighted':
      return { ...state, spotlightId: event.noteId };
    case 'notesMerged': {
      let next = withNote(state, { ...event.mergedNote, createdSeq: meta.seq });
      for (const id of event.sourceIds) {
        const source = next.notes[id];
        if (source) next = withNote(next, { ...source, mergedInto: event.mergedNote.id });
      }
      return next.spotlightId && event.sourceIds.includes(next.spotlightId)
        ? { ...next, spotlightId: null }
        : next;
    }
    case 'noteHidden': {
      const note = state.notes[event.noteId];
      if (!note) return state;
      const next = withNote(state, { ...note, hidden: true });
      return next.spotlightId === note.id ? { ...next, spotlightId: null } : next;
    }
    case 'noteUnhidden':
      return withNote(state, event.note);
    case 'closed':
      return { ...state, phase: 'closed', spotlightId: null };
  }
}
