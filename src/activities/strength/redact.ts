import type { ActivityViewer } from '../../domain/actors.ts';
import type { Note, StrengthEvent, StrengthState } from './schema.ts';

/**
 * Privacy of "De kracht van de ander":
 * - while writing, a group's notes reach only that group (and facilitators); everyone else
 *   holds a placeholder that counts but says nothing;
 * - anonymous notes never carry their author to anyone but the author and facilitators;
 * - hidden notes are gone for everyone but facilitators.
 */
function canRead(note: { group: string; revealed: boolean }, viewer: ActivityViewer): boolean {
  return viewer.kind === 'facilitator' || note.revealed || note.group === viewer.groupId;
}

function authorFor(
  note: Pick<Note, 'authorId' | 'anonymous'>,
  viewer: ActivityViewer,
): string | null {
  if (viewer.kind === 'facilitator' || !note.anonymous) return note.authorId;
  if (viewer.kind === 'participant' && viewer.participantId === note.authorId) return note.authorId;
  return null;
}

/** What an outsider holds before the reveal. Shared by event and state redaction. */
export function toPlaceholder(note: Note): Note {
  return {
    ...note,
    category: null,
    text: '',
    authorId: null,
    anonymous: true,
    editedAt: null,
    mergedFrom: [],
    placeholder: true,
  };
}

function noteFor(note: Note, viewer: ActivityViewer): Note {
  if (viewer.kind === 'facilitator') return note;
  if (!canRead(note, viewer)) return toPlaceholder(note);
  return { ...note, authorId: authorFor(note, viewer) };
}

export function redactEvent(event: StrengthEvent, viewer: ActivityViewer): StrengthEvent | null {
  if (viewer.kind === 'facilitator') return event;
  switch (event.type) {
    case 'noteAdded':
      if (!canRead(event, viewer)) {
        return {
          ...event,
          category: null,
          text: '',
          authorId: null,
          anonymous: true,
          placeholder: true,
        };
      }
      return { ...event, authorId: authorFor(event, viewer) };
    case 'noteEdited':
      return canRead(event, viewer) ? event : null;
    case 'plenaryStarted':
      return {
        ...event,
        revealedNotes: event.revealedNotes.filter((n) => !n.hidden).map((n) => noteFor(n, viewer)),
      };
    case 'notesMerged':
      return { ...event, mergedNote: noteFor(event.mergedNote, viewer) };
    case 'noteHidden':
      // For everyone but facilitators a hidden note simply disappears.
      return { type: 'noteDeleted', noteId: event.noteId, group: event.group };
    case 'noteUnhidden':
      return { ...event, note: noteFor(event.note, viewer) };
    case 'noteDeleted':
    case 'writeRoundStarted':
    case 'noteSpotlighted':
    case 'closed':
      return event;
  }
}

export function redactState(state: StrengthState, viewer: ActivityViewer): StrengthState {
  if (viewer.kind === 'facilitator') return state;
  const notes: Record<string, Note> = {};
  for (const note of Object.values(state.notes)) {
    if (!note.hidden) notes[note.id] = noteFor(note, viewer);
  }
  return { ...state, notes };
}
