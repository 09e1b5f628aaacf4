import type { EventMeta } from '../../domain/activity.ts';
import type { ConsultationEvent, ConsultationState } from './schema.ts';

export const initialConsultationState: ConsultationState = {
  phase: 'prepare',
  draft: {},
  visits: {},
  questions: {},
  advice: {},
  shared: {},
};

/** A record without one key (a new object: state is never changed in place). */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const next = { ...record };
  delete next[key];
  return next;
}

/** Applies one event (on the server only; browsers receive views). */
export function evolve(
  state: ConsultationState,
  event: ConsultationEvent,
  meta: EventMeta,
): ConsultationState {
  switch (event.type) {
    case 'questionAdded': {
      const { questionId, partnershipId, text, authorId, source } = event;
      const question = {
        id: questionId,
        partnershipId,
        text,
        authorId,
        source,
        createdSeq: meta.seq,
      };
      return { ...state, questions: { ...state.questions, [questionId]: question } };
    }
    case 'questionRemoved': {
      // The question's advice goes with it (only a facilitator removes a question with advice).
      const advice = Object.fromEntries(
        Object.entries(state.advice).filter(([, a]) => a.questionId !== event.questionId),
      );
      return { ...state, questions: without(state.questions, event.questionId), advice };
    }
    case 'adviceAdded': {
      const { adviceId, questionId, hostId, text, authorId } = event;
      const advice = { id: adviceId, questionId, hostId, text, authorId, createdSeq: meta.seq };
      return { ...state, advice: { ...state.advice, [adviceId]: advice } };
    }
    case 'adviceRemoved':
      return { ...state, advice: without(state.advice, event.adviceId) };
    case 'pairsSuggested':
      return { ...state, draft: { ...event.visits } };
    case 'visitSet':
      return {
        ...state,
        draft:
          event.hostId === null
            ? without(state.draft, event.visitorId)
            : { ...state.draft, [event.visitorId]: event.hostId },
      };
    case 'pairsConfirmed':
      return { ...state, phase: 'visit', visits: { ...event.visits } };
    case 'pairsReopened':
      // The confirmed pairs become the draft again, to be changed and confirmed anew.
      return { ...state, phase: 'prepare', draft: state.visits, visits: {} };
    case 'visitsShared': {
      const shared: Record<string, true> = { ...state.shared };
      for (const id of event.visitorIds) shared[id] = true;
      return { ...state, shared };
    }
    case 'closed':
      return { ...state, phase: 'closed' };
    case 'reopened':
      return { ...state, phase: 'visit' };
  }
}
