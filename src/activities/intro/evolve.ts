import type { EventMeta } from '../../domain/activity.ts';
import type { IntroEvent, IntroState, Round } from './schema.ts';

export const initialIntroState: IntroState = { phase: 'waiting', rounds: [] };

/** Changes the round numbered `number` (events name their round, so a stale one is ignored). */
function withRound(state: IntroState, number: number, change: (round: Round) => Round): IntroState {
  return {
    ...state,
    rounds: state.rounds.map((r) => (r.number === number ? change(r) : r)),
  };
}

/** Marks the running round as over (its remaining time is kept as it was). */
function endRunning(state: IntroState, at: number): IntroState {
  if (state.phase !== 'round') return state;
  const last = state.rounds[state.rounds.length - 1];
  return last ? withRound(state, last.number, (r) => ({ ...r, endedAt: at })) : state;
}

/** Applies one event (on the server; browsers receive views). */
export function evolve(state: IntroState, event: IntroEvent, meta: EventMeta): IntroState {
  switch (event.type) {
    case 'roundStarted': {
      const ended = endRunning(state, meta.at);
      const round: Round = {
        number: event.round,
        conversations: event.conversations,
        startedAt: meta.at,
        durationMs: event.durationMs,
        endsAt: event.endsAt,
        remainingMs: null,
        endedAt: null,
      };
      return { phase: 'round', rounds: [...ended.rounds, round] };
    }
    case 'roundPaused':
      return withRound(state, event.round, (r) => ({
        ...r,
        endsAt: null,
        remainingMs: event.remainingMs,
      }));
    case 'roundResumed':
      return withRound(state, event.round, (r) => ({
        ...r,
        endsAt: event.endsAt,
        remainingMs: null,
      }));
    case 'roundEnded':
      return { ...endRunning(state, meta.at), phase: 'waiting' };
    case 'closed':
      return { ...endRunning(state, meta.at), phase: 'closed' };
  }
}
