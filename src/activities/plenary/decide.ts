import type { ActivityContext } from '../../domain/activity.ts';
import { DomainError, ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import {
  authorship,
  changeableWallItem,
  ensureDeletable,
  knownWallItem,
} from '../../domain/lists/wall.ts';
import { decideCluster } from './decideClusters.ts';
import { phases } from './phases.ts';
import type { Note, PlenaryCommand, PlenaryConfig, PlenaryEvent, PlenaryState } from './schema.ts';

type Ctx = ActivityContext<PlenaryConfig>;

/** Decides one command of "Plenaire vraag". Authorisation by role happens here too. */
export function decide(command: PlenaryCommand, state: PlenaryState, ctx: Ctx): PlenaryEvent[] {
  const facilitatorOnly = () => ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  switch (command.type) {
    case 'addNote': {
      phases.ensureIn(state.phase, 'open');
      return [{ type: 'noteAdded', noteId: ctx.newId(), text: command.text, ...authorship(ctx) }];
    }
    case 'editNote': {
      const note = changeableNote(state, command.noteId, ctx);
      return note.text === command.text
        ? []
        : [{ type: 'noteEdited', noteId: note.id, text: command.text }];
    }
    case 'deleteNote': {
      const note = changeableNote(state, command.noteId, ctx);
      ensureDeletable(note, ctx);
      return [{ type: 'noteDeleted', noteId: note.id }];
    }
    case 'hideNote': {
      facilitatorOnly();
      const note = known(state, command.noteId);
      return note.hidden ? [] : [{ type: 'noteHidden', noteId: note.id }];
    }
    case 'unhideNote': {
      facilitatorOnly();
      const note = known(state, command.noteId);
      return note.hidden ? [{ type: 'noteUnhidden', noteId: note.id }] : [];
    }
    case 'moveNote': {
      facilitatorOnly();
      const note = known(state, command.noteId);
      if (command.clusterId !== null)
        ensure(own(state.clusters, command.clusterId), 'WP_ERR_NOT_FOUND', { field: 'clusterId' });
      return note.clusterId === command.clusterId
        ? []
        : [{ type: 'noteMoved', noteId: note.id, clusterId: command.clusterId }];
    }
    case 'addCluster':
    case 'renameCluster':
    case 'removeCluster':
      facilitatorOnly();
      return decideCluster(command, state, ctx);
    case 'close':
      facilitatorOnly();
      return state.phase === 'closed' ? [] : [{ type: 'closed' }];
    case 'reopen':
      facilitatorOnly();
      return state.phase === 'open' ? [] : [{ type: 'reopened' }];
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

const known = (state: PlenaryState, noteId: string) => knownWallItem(state.notes, noteId);

/** A note the actor may change now: its author while the question is open, facilitators always. */
const changeableNote = (state: PlenaryState, noteId: string, ctx: Ctx): Note =>
  changeableWallItem(state.notes, noteId, ctx, () => phases.ensureIn(state.phase, 'open'));
