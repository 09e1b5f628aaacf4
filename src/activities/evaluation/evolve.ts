import type { Answer, EvaluationEvent, EvaluationState } from './schema.ts';

export const initialEvaluationState: EvaluationState = {
  phase: 'prepare',
  questions: null,
  anonymous: true,
  responses: {},
  screen: { type: 'none' },
};

/** Applies one event to the full state (on the server only: browsers receive views). */
export function evolve(state: EvaluationState, event: EvaluationEvent): EvaluationState {
  switch (event.type) {
    case 'evaluationOpened':
      // Results go on the screen only once closed: opening again takes them off.
      return {
        ...state,
        phase: 'open',
        questions: event.questions,
        anonymous: event.anonymous,
        screen: { type: 'none' },
      };
    case 'evaluationClosed':
      return { ...state, phase: 'closed' };
    case 'answersSubmitted': {
      const answers: Record<string, Answer> = {};
      for (const a of event.answers) answers[a.questionId] = { score: a.score, text: a.text };
      return { ...state, responses: { ...state.responses, [event.participantId]: answers } };
    }
    case 'screenShown':
      return { ...state, screen: event.screen };
  }
}
