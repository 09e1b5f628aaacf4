import type { ActivityContext } from '../../domain/activity.ts';
import { DomainError, ensure } from '../../domain/errors.ts';
import type { Participant } from '../../domain/workshop/state.ts';
import { formGroups } from './pairing.ts';
import { phases } from './phases.ts';
import { assignQuestions, questionsAsked } from './questions.ts';
import {
  currentRound,
  type IntroCommand,
  type IntroConfig,
  type IntroEvent,
  type IntroState,
  type Round,
} from './schema.ts';

type Ctx = ActivityContext<IntroConfig>;

/** Decides one command of the introduction round. Every command is for facilitators (and timers). */
export function decide(command: IntroCommand, state: IntroState, ctx: Ctx): IntroEvent[] {
  ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  switch (command.type) {
    case 'startRound':
      // A first round, or one after a break or closing; a running round moves on with `nextRound`.
      phases.ensureIn(state.phase, 'waiting', 'closed');
      phases.ensureMove(state.phase, 'round');
      return [newRound(state, ctx)];
    case 'nextRound': {
      // A timer that lost the race with a facilitator (or a pause) changes nothing.
      if (command.fromRound !== undefined && currentRound(state)?.number !== command.fromRound)
        return [];
      const running = runningRound(state);
      phases.ensureMove(state.phase, 'round');
      // When the room has emptied, a timer ends the round instead of failing again and again.
      if (ctx.actor.kind === 'system' && peopleInTheRoom(ctx).length < 2)
        return [{ type: 'roundEnded', round: running.number }];
      return [newRound(state, ctx)];
    }
    case 'pauseRound': {
      const running = runningRound(state);
      if (running.remainingMs !== null) return [];
      const remainingMs = Math.max(0, (running.endsAt ?? ctx.now) - ctx.now);
      ensure(remainingMs > 0, 'WP_ERR_WRONG_PHASE'); // the time is already up
      return [{ type: 'roundPaused', round: running.number, remainingMs }];
    }
    case 'resumeRound': {
      const running = runningRound(state);
      if (running.remainingMs === null) return [];
      return [
        { type: 'roundResumed', round: running.number, endsAt: ctx.now + running.remainingMs },
      ];
    }
    case 'endRound': {
      const running = runningRound(state);
      phases.ensureMove(state.phase, 'waiting');
      return [{ type: 'roundEnded', round: running.number }];
    }
    case 'close':
      if (state.phase === 'closed') return [];
      phases.ensureMove(state.phase, 'closed');
      return [{ type: 'closed' }];
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

/** The round that runs now; refused with WP_ERR_WRONG_PHASE outside a round. */
function runningRound(state: IntroState): Round {
  phases.ensureIn(state.phase, 'round');
  const running = currentRound(state);
  ensure(running, 'WP_ERR_WRONG_PHASE'); // a round phase always has its round (see evolve)
  return running;
}

/**
 * The people pairs are made from: those connected now and not removed. When the server knows
 * of no connection at all (a test, a restart) everyone who joined takes part.
 */
export function peopleInTheRoom(ctx: Ctx): Participant[] {
  const active = Object.values(ctx.participants)
    .filter((p) => !p.removed)
    .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
  if (ctx.present.length === 0) return active;
  const present = new Set(ctx.present);
  return active.filter((p) => present.has(p.id));
}

function newRound(state: IntroState, ctx: Ctx): IntroEvent {
  const people = peopleInTheRoom(ctx);
  // Nobody to talk to: a clear refusal the console explains, rather than an empty round.
  ensure(people.length >= 2, 'WP_ERR_CONFLICT', { reason: 'notEnoughPeople' });
  const earlier = state.rounds.flatMap((r) => r.conversations);
  const groups = formGroups(
    people,
    earlier.map((c) => c.members),
    () => ctx.random(),
  );
  const number = (state.rounds[state.rounds.length - 1]?.number ?? 0) + 1;
  const questions = assignQuestions(
    groups,
    ctx.config.questions,
    questionsAsked(earlier),
    (number - 1) * groups.length,
  );
  const durationMs = ctx.config.roundMinutes * 60_000;
  return {
    type: 'roundStarted',
    round: number,
    conversations: groups.map((members, i) => ({ members, question: questions[i]! })),
    durationMs,
    endsAt: ctx.now + durationMs,
  };
}
