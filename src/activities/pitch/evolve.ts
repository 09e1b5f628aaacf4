import type { PitchEvent, PitchState, Prep } from './schema.ts';

export const initialPitchState: PitchState = {
  phase: 'prepare',
  order: [],
  preps: {},
  current: null,
  pitched: [],
};

function withPrep(state: PitchState, partnershipId: string, prep: Prep): PitchState {
  return { ...state, preps: { ...state.preps, [partnershipId]: prep } };
}

/** Applies one event. Also runs on clients, on events already redacted for them. */
export function evolve(state: PitchState, event: PitchEvent): PitchState {
  switch (event.type) {
    case 'prepEdited': {
      const prep = state.preps[event.partnershipId];
      return withPrep(state, event.partnershipId, {
        update: prep?.update ?? '',
        pending: [...(prep?.pending ?? []), event.update],
        public: prep?.public ?? false,
      });
    }
    case 'prepCompacted': {
      const prep = state.preps[event.partnershipId];
      return withPrep(state, event.partnershipId, {
        update: event.update,
        pending: [],
        public: prep?.public ?? false,
      });
    }
    case 'orderSet':
      return { ...state, order: event.order };
    case 'pitchStarted': {
      const next = withPrep(state, event.partnershipId, {
        update: event.prep,
        pending: [],
        public: true,
      });
      return {
        ...next,
        phase: 'pitching',
        current: {
          partnershipId: event.partnershipId,
          durationMs: event.durationMs,
          endsAt: event.endsAt,
          remainingMs: null,
        },
        pitched: state.pitched.includes(event.partnershipId)
          ? state.pitched
          : [...state.pitched, event.partnershipId],
      };
    }
    case 'pitchPaused':
      return state.current
        ? { ...state, current: { ...state.current, endsAt: null, remainingMs: event.remainingMs } }
        : state;
    case 'pitchResumed':
      return state.current
        ? { ...state, current: { ...state.current, endsAt: event.endsAt, remainingMs: null } }
        : state;
    case 'minuteAdded':
      return state.current
        ? {
            ...state,
            current: {
              ...state.current,
              durationMs: event.durationMs,
              endsAt: event.endsAt,
              remainingMs: event.remainingMs,
            },
          }
        : state;
    case 'pitchEnded':
      return { ...state, current: null };
    case 'finished': {
      let next: PitchState = { ...state, phase: 'done', current: null };
      for (const [id, update] of Object.entries(event.preps))
        next = withPrep(next, id, { update, pending: [], public: true });
      return next;
    }
  }
}
