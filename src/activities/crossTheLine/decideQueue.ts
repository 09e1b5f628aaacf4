import { ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import { moveInList } from '../../domain/lists/moderation.ts';
import type { Ctx } from './decide.ts';
import { phases } from './phases.ts';
import type {
  CrossTheLineCommand,
  CrossTheLineEvent,
  CrossTheLineState,
  Prejudice,
} from './schema.ts';

export type QueueCommand = Extract<
  CrossTheLineCommand,
  {
    type:
      | 'submitPrejudice'
      | 'addPrejudice'
      | 'approvePrejudice'
      | 'editPrejudice'
      | 'rejectPrejudice'
      | 'restorePrejudice'
      | 'mergePrejudices'
      | 'movePrejudice';
  }
>;

/**
 * The queue: participants submit, the facilitator screens (approves, edits, merges
 * near-duplicates, rejects without a trace for anyone else), adds their own and sets the order.
 */
export function decideQueue(
  command: QueueCommand,
  state: CrossTheLineState,
  ctx: Ctx,
): CrossTheLineEvent[] {
  if (command.type === 'submitPrejudice') {
    ensure(ctx.participant, 'WP_ERR_FORBIDDEN');
    phases.ensureIn(state.phase, 'collect', 'play');
    // Anonymous to all (the default): the author is not recorded anywhere, not even in the
    // log, so no view, export or later change of settings can ever name them. The phone
    // remembers its own submissions itself (see views/parts/mySubmissions.ts).
    const authorId = ctx.config.anonymity === 'peers' ? ctx.participant.id : null;
    const { about, text } = command;
    const prejudiceId = ctx.newId();
    return [
      { type: 'prejudiceSubmitted', prejudiceId, about, text, authorId, byFacilitator: false },
    ];
  }
  ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  switch (command.type) {
    case 'addPrejudice': {
      phases.ensureIn(state.phase, 'collect', 'play');
      const prejudiceId = ctx.newId();
      const { about, text } = command;
      return [
        {
          type: 'prejudiceSubmitted',
          prejudiceId,
          about,
          text,
          authorId: null,
          byFacilitator: true,
        },
        { type: 'prejudiceApproved', prejudiceId },
      ];
    }
    case 'approvePrejudice': {
      const prejudice = known(state, command.prejudiceId);
      ensure(prejudice.status !== 'rejected', 'WP_ERR_CONFLICT');
      if (prejudice.status === 'approved') return [];
      return [{ type: 'prejudiceApproved', prejudiceId: prejudice.id }];
    }
    case 'editPrejudice': {
      const prejudice = known(state, command.prejudiceId);
      const about = command.about ?? prejudice.about;
      if (prejudice.text === command.text && prejudice.about === about) return [];
      return [{ type: 'prejudiceEdited', prejudiceId: prejudice.id, text: command.text, about }];
    }
    case 'rejectPrejudice': {
      const prejudice = known(state, command.prejudiceId);
      // What the room has seen cannot be taken back without a trace.
      ensure(prejudice.stage === 'queued', 'WP_ERR_CONFLICT');
      if (prejudice.status === 'rejected') return [];
      return [{ type: 'prejudiceRejected', prejudiceId: prejudice.id }];
    }
    case 'restorePrejudice': {
      const prejudice = known(state, command.prejudiceId);
      if (prejudice.status !== 'rejected') return [];
      return [{ type: 'prejudiceRestored', prejudiceId: prejudice.id }];
    }
    case 'mergePrejudices':
      return [merge(state, command.prejudiceIds, command.text, ctx)];
    case 'movePrejudice': {
      const prejudice = known(state, command.prejudiceId);
      ensure(prejudice.status === 'approved', 'WP_ERR_CONFLICT');
      const order = moveInList(state.order, prejudice.id, command.toIndex);
      return order ? [{ type: 'orderSet', order }] : [];
    }
  }
}

/** A prejudice that exists and was not merged away. */
function known(state: CrossTheLineState, id: string): Prejudice {
  const prejudice = own(state.prejudices, id);
  ensure(prejudice && prejudice.status !== 'merged', 'WP_ERR_NOT_FOUND');
  return prejudice;
}

/**
 * Near-duplicates become one new, approved prejudice; the originals stay in the log, marked.
 * Only prejudices not yet shown, all about the same side, and not rejected.
 */
function merge(
  state: CrossTheLineState,
  ids: readonly string[],
  text: string | undefined,
  ctx: Ctx,
): CrossTheLineEvent {
  const unique = [...new Set(ids)];
  ensure(unique.length >= 2, 'WP_ERR_VALIDATION', { field: 'prejudiceIds' });
  const chosen = unique.map((id) => known(state, id)).sort((a, b) => a.createdSeq - b.createdSeq);
  for (const p of chosen) {
    ensure(p.status !== 'rejected', 'WP_ERR_NOT_FOUND');
    ensure(p.stage === 'queued', 'WP_ERR_CONFLICT');
  }
  const about = chosen[0]!.about;
  ensure(
    chosen.every((p) => p.about === about),
    'WP_ERR_VALIDATION',
    { field: 'prejudiceIds' },
  );
  return {
    type: 'prejudicesMerged',
    prejudiceId: ctx.newId(),
    sourceIds: chosen.map((p) => p.id),
    about,
    text: text ?? chosen[0]!.text,
  };
}
