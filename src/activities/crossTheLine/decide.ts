import type { ActivityContext } from '../../domain/activity.ts';
import { DomainError, ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import { decideQueue, type QueueCommand } from './decideQueue.ts';
import { phases } from './phases.ts';
import type {
  CrossTheLineCommand,
  CrossTheLineConfig,
  CrossTheLineEvent,
  CrossTheLineState,
  PerSide,
  Prejudice,
} from './schema.ts';

export type Ctx = ActivityContext<CrossTheLineConfig>;

const QUEUE_COMMANDS = new Set<CrossTheLineCommand['type']>([
  'submitPrejudice',
  'addPrejudice',
  'approvePrejudice',
  'editPrejudice',
  'rejectPrejudice',
  'restorePrejudice',
  'mergePrejudices',
  'movePrejudice',
]);

/** Decides one command of "Over de streep". Who may do what is checked here too. */
export function decide(
  command: CrossTheLineCommand,
  state: CrossTheLineState,
  ctx: Ctx,
): CrossTheLineEvent[] {
  if (QUEUE_COMMANDS.has(command.type)) return decideQueue(command as QueueCommand, state, ctx);
  const facilitatorOnly = () => ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  switch (command.type) {
    case 'crossLine': {
      ensure(ctx.participant, 'WP_ERR_FORBIDDEN');
      const prejudice = shownPrejudice(state, command.prejudiceId);
      ensure(state.phase === 'play' && state.currentId === prejudice.id, 'WP_ERR_WRONG_PHASE');
      ensure(prejudice.stage === 'crossing', 'WP_ERR_WRONG_PHASE');
      const me = ctx.participant.id;
      if (Object.hasOwn(prejudice.crossers, me) === command.crossed) return [];
      return command.crossed
        ? [
            {
              type: 'lineCrossed',
              prejudiceId: prejudice.id,
              participantId: me,
              side: ctx.participant.side,
            },
          ]
        : [{ type: 'lineUncrossed', prejudiceId: prejudice.id, participantId: me }];
    }
    case 'addArgument': {
      ensure(ctx.participant || ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
      phases.ensureIn(state.phase, 'play', 'bowl');
      const prejudice = shownPrejudice(state, command.prejudiceId);
      const participant = ctx.isFacilitator ? null : ctx.participant;
      const named = participant !== null && command.named === true;
      // An unsigned argument keeps its author only where the facilitator may know authors.
      const keepAuthor = named || ctx.config.anonymity === 'peers';
      return [
        {
          type: 'argumentAdded',
          argumentId: ctx.newId(),
          prejudiceId: prejudice.id,
          text: command.text,
          authorId: participant && keepAuthor ? participant.id : null,
          named,
          byFacilitator: participant === null,
        },
      ];
    }
    case 'startPlay':
      facilitatorOnly();
      phases.ensureMove(state.phase, 'play');
      return [{ type: 'playStarted' }];
    case 'revealPrejudice': {
      facilitatorOnly();
      phases.ensureIn(state.phase, 'play');
      const prejudice = own(state.prejudices, command.prejudiceId);
      ensure(prejudice && prejudice.status === 'approved', 'WP_ERR_NOT_FOUND');
      ensure(prejudice.stage === 'queued', 'WP_ERR_CONFLICT');
      // The one still open closes first: its count is taken with those in the room now.
      const current = state.currentId ? own(state.prejudices, state.currentId) : undefined;
      const closing: CrossTheLineEvent[] =
        current?.stage === 'crossing' ? [closeEvent(current, ctx)] : [];
      return [...closing, { type: 'prejudiceRevealed', prejudiceId: prejudice.id }];
    }
    case 'showPrejudice': {
      facilitatorOnly();
      phases.ensureIn(state.phase, 'play');
      const prejudice = shownPrejudice(state, command.prejudiceId);
      return state.currentId === prejudice.id
        ? []
        : [{ type: 'prejudiceShown', prejudiceId: prejudice.id }];
    }
    case 'closeCrossing': {
      facilitatorOnly();
      const prejudice = shownPrejudice(state, command.prejudiceId);
      if (prejudice.stage === 'result') return [];
      return [closeEvent(prejudice, ctx)];
    }
    case 'reopenCrossing': {
      facilitatorOnly();
      const prejudice = shownPrejudice(state, command.prejudiceId);
      ensure(state.phase === 'play' && state.currentId === prejudice.id, 'WP_ERR_WRONG_PHASE');
      if (prejudice.stage === 'crossing') return [];
      return [{ type: 'crossingReopened', prejudiceId: prejudice.id }];
    }
    case 'setCountDisplay': {
      facilitatorOnly();
      const p = shownPrejudice(state, command.prejudiceId);
      if (p.split === command.split && p.exact === command.exact) return [];
      const { split, exact } = command;
      return [{ type: 'countDisplaySet', prejudiceId: p.id, split, exact }];
    }
    case 'hideArgument': {
      facilitatorOnly();
      const found = Object.values(state.prejudices)
        .map((p) => own(p.arguments, command.argumentId))
        .find((a) => a !== undefined);
      ensure(found, 'WP_ERR_NOT_FOUND');
      if (found.hidden) return [];
      return [{ type: 'argumentHidden', argumentId: found.id, prejudiceId: found.prejudiceId }];
    }
    case 'setOutcome': {
      facilitatorOnly();
      const prejudice = shownPrejudice(state, command.prejudiceId);
      if (prejudice.outcome === command.outcome) return [];
      // A skittle that fell stays fallen: the room saw it go.
      ensure(!prejudice.knockedDown, 'WP_ERR_CONFLICT');
      return [{ type: 'outcomeSet', prejudiceId: prejudice.id, outcome: command.outcome }];
    }
    case 'startBowling':
      facilitatorOnly();
      phases.ensureMove(state.phase, 'bowl');
      return [{ type: 'bowlingStarted' }];
    case 'knockDown': {
      facilitatorOnly();
      phases.ensureIn(state.phase, 'bowl');
      const prejudice = shownPrejudice(state, command.prejudiceId);
      ensure(prejudice.outcome === 'debunked', 'WP_ERR_CONFLICT');
      if (prejudice.knockedDown) return [];
      return [{ type: 'skittlesKnockedDown', prejudiceIds: [prejudice.id] }];
    }
    case 'knockDownAll': {
      facilitatorOnly();
      phases.ensureIn(state.phase, 'bowl');
      const standing = Object.values(state.prejudices)
        .filter((p) => p.status === 'approved' && p.outcome === 'debunked' && !p.knockedDown)
        .sort((a, b) => (a.revealedSeq ?? 0) - (b.revealedSeq ?? 0))
        .map((p) => p.id);
      return standing.length === 0 ? [] : [{ type: 'skittlesKnockedDown', prejudiceIds: standing }];
    }
    case 'close':
      facilitatorOnly();
      if (state.phase === 'closed') return [];
      phases.ensureMove(state.phase, 'closed');
      return [{ type: 'closed' }];
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

/** A prejudice the room has seen (revealed, still approved), or WP_ERR_NOT_FOUND. */
function shownPrejudice(state: CrossTheLineState, id: string): Prejudice {
  const prejudice = own(state.prejudices, id);
  ensure(
    prejudice && prejudice.status === 'approved' && prejudice.revealedSeq !== null,
    'WP_ERR_NOT_FOUND',
  );
  return prejudice;
}

/**
 * Closing a crossing records who was in the room, per side: the participants connected now
 * and everyone who crossed (someone whose phone dropped after crossing still counts). The
 * share "of those present" is computed from it; replay never needs `ctx.present` again.
 */
function closeEvent(prejudice: Prejudice, ctx: Ctx): CrossTheLineEvent {
  const inRoom = new Map<string, 'formal' | 'informal'>();
  for (const id of ctx.present) {
    const person = own(ctx.participants, id);
    if (person) inRoom.set(id, person.side);
  }
  for (const [id, side] of Object.entries(prejudice.crossers)) inRoom.set(id, side);
  const present: Record<keyof PerSide, number> = { formal: 0, informal: 0 };
  for (const side of inRoom.values()) present[side]++;
  return { type: 'crossingClosed', prejudiceId: prejudice.id, present };
}
