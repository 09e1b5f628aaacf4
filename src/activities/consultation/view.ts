import type { Reach, ViewContext } from '../../domain/activity.ts';
import {
  FACILITATOR,
  PARTICIPANTS,
  type Audience,
  type ViewPart,
} from '../../domain/views/audience.ts';
import type { Participant } from '../../domain/workshop/state.ts';
import { adviceReadable, advisedQuestions, questionReadable } from './access.ts';
import type { Advice, ConsultationConfig, ConsultationState, Question } from './schema.ts';
import type { ConsultationView, QuestionCount } from './viewShapes.ts';
import { keptCopies } from '../../domain/views/keptCopies.ts';

const PARTNERSHIP = 'partnership:';

const anonymousQuestion = keptCopies<Question>();
const anonymousAdvice = keptCopies<Advice>();

/** A partnership's phones share one audience; someone without one follows the room. */
export function audienceOf(_state: ConsultationState, participant: Participant): Audience {
  return participant.partnershipId ? `${PARTNERSHIP}${participant.partnershipId}` : PARTICIPANTS;
}

/**
 * Privacy of the consultation, per audience:
 * - facilitators read everything, with authors, and the draft pairing they are editing;
 * - a partnership reads its own questions and all advice on them, the questions of the
 *   partnership visiting it (and of one it advised before) with the advice it gave itself —
 *   nothing of another pair until the facilitator shares it;
 * - the projector, observers and people without a partnership read only shared visits;
 * - everyone reads the confirmed pairs and how many questions each partnership has; nobody
 *   but facilitators reads the draft or who wrote a question or an advice.
 */
export function view(
  state: ConsultationState,
  audience: Audience,
  ctx: ViewContext<ConsultationConfig>,
): ViewPart<ConsultationView> {
  const counts = countsOf(state);
  if (audience === FACILITATOR) {
    const authors = new Set<string>();
    for (const item of [...Object.values(state.questions), ...Object.values(state.advice)])
      if (item.authorId && Object.hasOwn(ctx.participants, item.authorId))
        authors.add(item.authorId);
    return { data: { ...state, counts }, people: authors };
  }
  const reader = audience.startsWith(PARTNERSHIP) ? audience.slice(PARTNERSHIP.length) : null;
  const advised = advisedQuestions(state, reader);
  const questions: Record<string, Question> = {};
  for (const q of Object.values(state.questions))
    if (questionReadable(state, q, reader, advised))
      questions[q.id] = anonymousQuestion(q, 'anonymous', (x) => ({ ...x, authorId: null }));
  const advice: Record<string, Advice> = {};
  for (const a of Object.values(state.advice))
    if (adviceReadable(state, a, reader))
      advice[a.id] = anonymousAdvice(a, 'anonymous', (x) => ({ ...x, authorId: null }));
  const { phase, visits, shared } = state;
  return { data: { phase, draft: {}, visits, questions, advice, shared, counts } };
}

function countsOf(state: ConsultationState): Record<string, QuestionCount> {
  const advised = new Map<string, number>();
  for (const a of Object.values(state.advice))
    advised.set(a.questionId, (advised.get(a.questionId) ?? 0) + 1);
  const counts = new Map<string, QuestionCount>();
  for (const q of Object.values(state.questions)) {
    const c = counts.get(q.partnershipId) ?? { questions: 0, advice: 0, open: 0 };
    const n = advised.get(q.id) ?? 0;
    counts.set(q.partnershipId, {
      questions: c.questions + 1,
      advice: c.advice + n,
      open: c.open + (n === 0 ? 1 : 0),
    });
  }
  return Object.fromEntries(counts);
}

/**
 * Audiences follow partnerships, which only workshop events change, and there are no
 * overlays: no consultation event moves anyone to another view.
 */
export function reaches(): Reach {
  return [];
}
