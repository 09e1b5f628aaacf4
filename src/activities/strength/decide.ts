import type { ActivityContext } from '../../domain/activity.ts';
import { DomainError, ensure } from '../../domain/errors.ts';
import type {
  Note,
  StrengthCommand,
  StrengthConfig,
  StrengthEvent,
  StrengthState,
} from './schema.ts';

type Ctx = ActivityContext<StrengthConfig>;

/** Decides one command of "De kracht van de ander". Authorisation by role happens here too. */
export function decide(command: StrengthCommand, state: StrengthState, ctx: Ctx): StrengthEvent[] {
  const facilitatorOnly = () => ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  switch (command.type) {
    case 'addNote': {
      ensure(ctx.participant, 'WP_ERR_FORBIDDEN');
      ensure(state.phase === 'write', 'WP_ERR_WRONG_PHASE');
      const category = command.category ?? ctx.config.categories[0] ?? 'strength';
      ensure(ctx.config.categories.includes(category), 'WP_ERR_VALIDATION', { field: 'category' });
      return [
        {
          type: 'noteAdded',
          noteId: ctx.newId(),
          group: ctx.participant.side,
          round: state.round,
          category,
          text: command.text,
          authorId: ctx.participant.id,
          anonymous: ctx.config.anonymousToPeers,
          revealed: false,
          placeholder: false,
        },
      ];
    }
    case 'editNote': {
      const note = editableNote(state, command.noteId, ctx);
      const category = command.category ?? note.category ?? 'strength';
      ensure(ctx.config.categories.includes(category), 'WP_ERR_VALIDATION', { field: 'category' });
      if (note.text === command.text && note.category === category) return [];
      return [
        {
          type: 'noteEdited',
          noteId: note.id,
          group: note.group,
          revealed: note.revealed,
          text: command.text,
          category,
        },
      ];
    }
    case 'deleteNote': {
      const note = editableNote(state, command.noteId, ctx);
      ensure(ctx.participant, 'WP_ERR_FORBIDDEN'); // facilitators hide instead of deleting
      return [{ type: 'noteDeleted', noteId: note.id, group: note.group }];
    }
    case 'startPlenary': {
      facilitatorOnly();
      ensure(state.phase === 'write', 'WP_ERR_WRONG_PHASE');
      const revealedNotes = Object.values(state.notes)
        .filter((n) => !n.revealed)
        .map((n) => ({ ...n, revealed: true }));
      return [{ type: 'plenaryStarted', round: state.round, revealedNotes }];
    }
    case 'startWriteRound':
      facilitatorOnly();
      ensure(state.phase !== 'write', 'WP_ERR_WRONG_PHASE');
      return [{ type: 'writeRoundStarted', round: state.round + 1 }];
    case 'spotlightNote': {
      facilitatorOnly();
      if (command.noteId !== null) {
        const note = state.notes[command.noteId];
        ensure(note && note.revealed && !note.hidden && !note.mergedInto, 'WP_ERR_NOT_FOUND');
      }
      if (state.spotlightId === command.noteId) return [];
      return [{ type: 'noteSpotlighted', noteId: command.noteId }];
    }
    case 'mergeNotes':
      facilitatorOnly();
      return [mergeNotes(state, command.noteIds, command.text, ctx)];
    case 'hideNote': {
      facilitatorOnly();
      const note = state.notes[command.noteId];
      ensure(note && !note.mergedInto, 'WP_ERR_NOT_FOUND');
      return note.hidden ? [] : [{ type: 'noteHidden', noteId: note.id, group: note.group }];
    }
    case 'unhideNote': {
      facilitatorOnly();
      const note = state.notes[command.noteId];
      ensure(note, 'WP_ERR_NOT_FOUND');
      return note.hidden ? [{ type: 'noteUnhidden', note: { ...note, hidden: false } }] : [];
    }
    case 'close':
      facilitatorOnly();
      return state.phase === 'closed' ? [] : [{ type: 'closed' }];
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

/** A note the actor may change now: authors during writing, facilitators until closing. */
function editableNote(state: StrengthState, noteId: string, ctx: Ctx): Note {
  const note = state.notes[noteId];
  ensure(note && !note.hidden && !note.mergedInto, 'WP_ERR_NOT_FOUND');
  if (ctx.isFacilitator) {
    ensure(state.phase !== 'closed', 'WP_ERR_WRONG_PHASE');
    return note;
  }
  ensure(ctx.participant && note.authorId === ctx.participant.id, 'WP_ERR_NOT_YOUR_NOTE');
  ensure(state.phase === 'write', 'WP_ERR_WRONG_PHASE');
  return note;
}

/** Merging duplicates makes a new note; the originals stay (marked) so the log keeps both. */
function mergeNotes(
  state: StrengthState,
  noteIds: readonly string[],
  text: string | undefined,
  ctx: Ctx,
): StrengthEvent {
  const ids = [...new Set(noteIds)];
  ensure(ids.length >= 2, 'WP_ERR_VALIDATION', { field: 'noteIds' });
  const sources = ids.map((id) => state.notes[id]);
  const usable = sources.filter((n): n is Note => !!n && !n.hidden && !n.mergedInto);
  ensure(usable.length === ids.length, 'WP_ERR_NOT_FOUND');
  const first = usable[0];
  ensure(first, 'WP_ERR_NOT_FOUND');
  ensure(
    usable.every((n) => n.group === first.group),
    'WP_ERR_VALIDATION',
    { field: 'noteIds' },
  );
  const mergedNote: Note = {
    id: ctx.newId(),
    group: first.group,
    round: Math.max(...usable.map((n) => n.round)),
    category: first.category,
    text: text ?? first.text,
    authorId: null,
    anonymous: true,
    createdSeq: 0, // set by evolve from the event's own sequence number
    createdAt: ctx.now,
    editedAt: null,
    revealed: usable.every((n) => n.revealed),
    hidden: false,
    mergedFrom: ids,
    mergedInto: null,
    placeholder: false,
  };
  return { type: 'notesMerged', mergedNote, sourceIds: ids };
}
