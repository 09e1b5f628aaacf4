import type { ActivityContext } from '../../domain/activity.ts';
import { DomainError, ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import { decideEdit } from '../../domain/coedit/decide.ts';
import { nextInOrder, runningOrder } from './order.ts';
import { phases } from './phases.ts';
import {
  PREP,
  type CurrentPitch,
  type PitchCommand,
  type PitchConfig,
  type PitchEvent,
  type PitchState,
} from './schema.ts';

type Ctx = ActivityContext<PitchConfig>;

const MINUTE = 60_000;

/** Decides one command of the elevator pitch. Authorisation by role happens here too. */
export function decide(command: PitchCommand, state: PitchState, ctx: Ctx): PitchEvent[] {
  if (command.type === 'editPrep') return editPrep(command, state, ctx);
  ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  // Once done, only a repeated "finish" is still accepted (and changes nothing).
  if (command.type !== 'finish') phases.ensureIn(state.phase, 'prepare', 'pitching');
  switch (command.type) {
    case 'setOrder': {
      const ids = command.order;
      ensure(
        new Set(ids).size === ids.length && ids.every((id) => own(ctx.partnerships, id)),
        'WP_ERR_VALIDATION',
        { field: 'order' },
      );
      const order = runningOrder(ids, ctx.partnerships);
      const same = order.join() === runningOrder(state.order, ctx.partnerships).join();
      return same ? [] : [{ type: 'orderSet', order }];
    }
    case 'startPitch': {
      // One pitch at a time: the one on stage ends with "skip" first.
      ensure(state.current === null, 'WP_ERR_CONFLICT');
      const partnershipId = command.partnershipId ?? nextInOrder(state, ctx.partnerships);
      ensure(partnershipId && own(ctx.partnerships, partnershipId), 'WP_ERR_NOT_FOUND');
      return [started(partnershipId, ctx)];
    }
    case 'pause': {
      const current = onStage(state);
      ensure(current.endsAt !== null, 'WP_ERR_WRONG_PHASE');
      const remainingMs = current.endsAt - ctx.now;
      return [{ type: 'pitchPaused', partnershipId: current.partnershipId, remainingMs }];
    }
    case 'resume': {
      const current = onStage(state);
      ensure(current.remainingMs !== null, 'WP_ERR_WRONG_PHASE');
      const endsAt = ctx.now + current.remainingMs;
      return [{ type: 'pitchResumed', partnershipId: current.partnershipId, endsAt }];
    }
    case 'addMinute': {
      const current = onStage(state);
      // Over time, the extra minute counts from now, not from the moment the time ran out.
      const overMs =
        current.endsAt !== null
          ? Math.max(0, ctx.now - current.endsAt)
          : Math.max(0, -(current.remainingMs ?? 0));
      return [
        {
          type: 'minuteAdded',
          partnershipId: current.partnershipId,
          durationMs: current.durationMs + overMs + MINUTE,
          endsAt: current.endsAt === null ? null : current.endsAt + overMs + MINUTE,
          remainingMs: current.remainingMs === null ? null : current.remainingMs + overMs + MINUTE,
        },
      ];
    }
    case 'skip': {
      const current = onStage(state);
      const ended: PitchEvent = { type: 'pitchEnded', partnershipId: current.partnershipId };
      const next = nextInOrder(state, ctx.partnerships);
      // The next one is decided on the state after this pitch ends (same order, same list).
      return next ? [ended, started(next, ctx)] : [ended];
    }
    case 'finish': {
      // Every preparation not yet shared goes public with it (see evolve).
      if (state.phase === 'done') return [];
      phases.ensureMove(state.phase, 'done');
      return [{ type: 'finished' }];
    }
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

function editPrep(
  command: Extract<PitchCommand, { type: 'editPrep' }>,
  state: PitchState,
  ctx: Ctx,
): PitchEvent[] {
  // Only the municipality's own participants write; facilitators read along.
  ensure(ctx.participant, 'WP_ERR_FORBIDDEN');
  ensure(ctx.participant.partnershipId === command.partnershipId, 'WP_ERR_FORBIDDEN');
  phases.ensureIn(state.phase, 'prepare');
  // Checks the update and its limits; now and then folds the edits into one update.
  return decideEdit(PREP, own(state.preps, command.partnershipId), command);
}

function onStage(state: PitchState): CurrentPitch {
  ensure(state.current, 'WP_ERR_WRONG_PHASE');
  return state.current;
}

/** A pitch starts: its timer runs from now, and its preparation goes public with it. */
function started(partnershipId: string, ctx: Ctx): PitchEvent {
  const durationMs = ctx.config.minutesPerPitch * MINUTE;
  return { type: 'pitchStarted', partnershipId, durationMs, endsAt: ctx.now + durationMs };
}
