import type { ActivityContext } from '../../domain/activity.ts';
import { DomainError, ensure } from '../../domain/errors.ts';
import { itemsToMerge, knownItem, usableItem } from '../../domain/lists/moderation.ts';
import { own } from '../../domain/ids.ts';
import { phases } from './phases.ts';
import {
  visibleNotes,
  type Note,
  type StrengthCommand,
  type StrengthConfig,
  type StrengthEvent,
  type StrengthState,
} from './schema.ts';

type Ctx = ActivityContext<StrengthConfig>;

/** Decides one command of "De kracht van de ander". Authorisation by role happens here too. */
export function decide(command: StrengthCommand, state: StrengthState, ctx: Ctx): StrengthEvent[] {
  const facilitatorOnly = () => ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  switch (command.type) {
    case 'addNote': {
      ensure(ctx.participant, 'WP_ERR_FORBIDDEN');
      phases.ensureIn(state.phase, 'write');
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
        },
      ];
    }
    case 'editNote': {
      const note = editableNote(state, command.noteId, ctx);
      const category = command.category ?? note.category ?? 'strength';
      ensure(ctx.config.categories.includes(category), 'WP_ERR_VALIDATION', { field: 'category' });
      if (note.text === command.text && note.category === category) return [];
      return [{ type: 'noteEdited', noteId: note.id, text: command.text, category }];
    }
    case 'deleteNote': {
      const note = editableNote(state, command.noteId, ctx);
      ensure(ctx.participant, 'WP_ERR_FORBIDDEN'); // facilitators hide instead of deleting
      return [{ type: 'noteDeleted', noteId: note.id }];
    }
    case 'startPlenary': {
      facilitatorOnly();
      phases.ensureMove(state.phase, 'plenary');
      return [{ type: 'plenaryStarted', round: state.round }];
    }
    case 'startWriteRound':
      facilitatorOnly();
      phases.ensureMove(state.phase, 'write');
      return [{ type: 'writeRoundStarted', round: state.round + 1 }];
    case 'spotlightNote': {
      facilitatorOnly();
      if (command.noteId !== null) {
        const note = own(state.notes, command.noteId);
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
      const note = knownItem(state.notes, command.noteId);
      return note.hidden ? [] : [{ type: 'noteHidden', noteId: note.id }];
    }
    case 'unhideNote': {
      facilitatorOnly();
      const note = own(state.notes, command.noteId);
      ensure(note, 'WP_ERR_NOT_FOUND');
      return note.hidden ? [{ type: 'noteUnhidden', noteId: note.id }] : [];
    }
    case 'close':
      facilitatorOnly();
      if (state.phase === 'closed') return [];
      phases.ensureMove(state.phase, 'closed');
      return [{ type: 'closed' }];
    case 'shareNotes': {
      facilitatorOnly();
      // Every note not shared yet. The console offers this for notes of ended rounds (or of a
      // stopped activity, which decide cannot see); mid-round it works like a quiet plenary.
      const noteIds = visibleNotes(state)
        .filter((n) => !n.revealed)
        .map((n) => n.id);
      return noteIds.length === 0 ? [] : [{ type: 'notesShared', noteIds }];
    }
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

/** A note the actor may change now: authors during writing, facilitators until closing. */
function editableNote(state: StrengthState, noteId: string, ctx: Ctx): Note {
  const note = usableItem(state.notes, noteId);
  if (ctx.isFacilitator) {
    phases.ensureIn(state.phase, 'write', 'plenary');
    return note;
  }
  ensure(ctx.participant && note.authorId === ctx.participant.id, 'WP_ERR_NOT_YOUR_NOTE');
  phases.ensureIn(state.phase, 'write');
  return note;
}

/** Merging duplicates makes a new note; the originals stay (marked) so the log keeps both. */
function mergeNotes(
  state: StrengthState,
  noteIds: readonly string[],
  text: string | undefined,
  ctx: Ctx,
): StrengthEvent {
  const usable = itemsToMerge(state.notes, noteIds, (n) => n.group, 'noteIds');
  const ids = usable.map((n) => n.id);
  const first = usable[0]!;
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
  };
  return { type: 'notesMerged', mergedNote, sourceIds: ids };
}
