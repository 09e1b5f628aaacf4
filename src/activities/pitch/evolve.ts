// A server-only file (a stub in the browser build): browsers never run evolve, and so the Yjs
// that compacting needs stays out of their first download.
import { compactedDoc } from '../../domain/coedit/decide.ts';
import { EMPTY_DOC, evolveDoc } from '../../domain/coedit/doc.ts';
import { own } from '../../domain/ids.ts';
import { PREP, type PitchEvent, type PitchState, type Prep } from './schema.ts';

export const initialPitchState: PitchState = {
  phase: 'prepare',
  order: [],
  preps: {},
  current: null,
  pitched: [],
};

const NO_PREP: Prep = { ...EMPTY_DOC, public: false };

function withPrep(state: PitchState, partnershipId: string, prep: Prep): PitchState {
  return { ...state, preps: { ...state.preps, [partnershipId]: prep } };
}

/**
 * A preparation made public: compacted, so text typed and then deleted never leaves the group.
 * Deterministic (see `compactedDoc`), so replaying the log gives the same bytes.
 */
function shared(state: PitchState, partnershipId: string): PitchState {
  const prep = own(state.preps, partnershipId);
  return withPrep(state, partnershipId, { ...compactedDoc(prep), public: true });
}

/** Applies one event. Runs on the server only: browsers receive views (view.ts). */
export function evolve(state: PitchState, event: PitchEvent): PitchState {
  switch (event.type) {
    case 'prepEdited':
    case 'prepCompacted': {
      const prep = own(state.preps, event.partnershipId) ?? NO_PREP;
      return withPrep(state, event.partnershipId, evolveDoc(PREP, prep, event));
    }
    case 'orderSet':
      return { ...state, order: event.order };
    case 'pitchStarted': {
      const next = shared(state, event.partnershipId);
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
      for (const [id, prep] of Object.entries(state.preps))
        if (!prep.public) next = shared(next, id);
      return next;
    }
  }
}
