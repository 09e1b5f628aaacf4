import type { EventMeta } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import type { Note, PlenaryEvent, PlenaryState } from './schema.ts';

export const initialPlenaryState: PlenaryState = { phase: 'open', notes: {}, clusters: {} };

function withNote(state: PlenaryState, note: Note): PlenaryState {
  return { ...state, notes: { ...state.notes, [note.id]: note } };
}

/** Changes one known note; an unknown id leaves the state as it is. */
function changeNote(state: PlenaryState, noteId: string, change: Partial<Note>): PlenaryState {
  const note = own(state.notes, noteId);
  return note ? withNote(state, { ...note, ...change }) : state;
}

/** Applies one event to the full state (on the server only: browsers receive views). */
export function evolve(state: PlenaryState, event: PlenaryEvent, meta: EventMeta): PlenaryState {
  switch (event.type) {
    case 'noteAdded': {
      const { type: _type, noteId, ...fields } = event;
      return withNote(state, {
        ...fields,
        id: noteId,
        clusterId: null,
        createdSeq: meta.seq,
        createdAt: meta.at,
        editedAt: null,
        hidden: false,
      });
    }
    case 'noteEdited':
      return changeNote(state, event.noteId, { text: event.text, editedAt: meta.at });
    case 'noteDeleted': {
      const { [event.noteId]: _gone, ...notes } = state.notes;
      return { ...state, notes };
    }
    case 'noteHidden':
      return changeNote(state, event.noteId, { hidden: true });
    case 'noteUnhidden':
      return changeNote(state, event.noteId, { hidden: false });
    case 'noteMoved':
      return changeNote(state, event.noteId, { clusterId: event.clusterId });
    case 'clusterAdded': {
      const cluster = { id: event.clusterId, name: event.name, createdSeq: meta.seq };
      return { ...state, clusters: { ...state.clusters, [cluster.id]: cluster } };
    }
    case 'clusterRenamed': {
      const cluster = own(state.clusters, event.clusterId);
      if (!cluster) return state;
      return {
        ...state,
        clusters: { ...state.clusters, [cluster.id]: { ...cluster, name: event.name } },
      };
    }
    case 'clusterRemoved': {
      const { [event.clusterId]: _gone, ...clusters } = state.clusters;
      // Its notes go back to "not clustered yet": removing a cluster never loses a note.
      const notes: Record<string, Note> = {};
      for (const note of Object.values(state.notes))
        notes[note.id] = note.clusterId === event.clusterId ? { ...note, clusterId: null } : note;
      return { ...state, clusters, notes };
    }
    case 'closed':
      return { ...state, phase: 'closed' };
    case 'reopened':
      return { ...state, phase: 'open' };
  }
}
