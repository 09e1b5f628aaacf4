import type { DecideContext } from '../context.ts';
import { ensure } from '../errors.ts';
import { own } from '../ids.ts';
import type { WorkshopState } from '../workshop/state.ts';
import { roleOf } from '../workshop/roles.ts';
import type { ReportNoteCommand } from './commands.ts';
import type { ReportNoteEvent } from './events.ts';

/** Decides the note commands against the workshop's programme, partnerships and notes. */
export function decideReportNotes(
  command: ReportNoteCommand,
  state: WorkshopState,
  ctx: DecideContext,
): ReportNoteEvent[] {
  const notes = state.reportNotes ?? {};
  const existing = (noteId: string) => {
    const note = own(notes, noteId);
    ensure(note, 'WP_ERR_NOT_FOUND', { field: 'noteId' });
    return note;
  };
  const checkPartnership = (partnershipId: string | null) =>
    ensure(partnershipId === null || own(state.partnerships, partnershipId), 'WP_ERR_NOT_FOUND', {
      field: 'partnershipId',
    });

  switch (command.type) {
    case 'addReportNote': {
      ensure(own(state.programme.blocks, command.blockId), 'WP_ERR_NOT_FOUND', {
        field: 'blockId',
      });
      checkPartnership(command.partnershipId);
      const { type: _type, ...fields } = command;
      const author = ctx.actor.kind === 'facilitator' ? ctx.actor.accountId : '';
      const note = {
        id: ctx.newId(),
        ...fields,
        authorAccountId: author,
        at: ctx.now,
        editedAt: null,
        shared: false,
      };
      return [{ type: 'reportNoteAdded', note }];
    }
    case 'editReportNote': {
      const note = existing(command.noteId);
      checkPartnership(command.partnershipId);
      const { type: _type, noteId, ...fields } = command;
      const same = (Object.keys(fields) as (keyof typeof fields)[]).every(
        (key) => fields[key] === note[key],
      );
      return same ? [] : [{ type: 'reportNoteEdited', noteId: note.id, ...fields }];
    }
    case 'removeReportNote':
      return [{ type: 'reportNoteRemoved', noteId: existing(command.noteId).id }];
    case 'shareReportNote': {
      // What the room sees is the steering facilitators' choice, not the note-taker's.
      ensure(roleOf(state, ctx.actor) !== 'notetaker', 'WP_ERR_FORBIDDEN');
      const note = existing(command.noteId);
      if (note.shared === command.shared) return [];
      const before = Object.values(notes).filter((n) => n.shared && n.id !== note.id);
      return [
        ...before.map((n) => ({ type: 'reportNoteShared' as const, noteId: n.id, shared: false })),
        { type: 'reportNoteShared', noteId: note.id, shared: command.shared },
      ];
    }
  }
}
