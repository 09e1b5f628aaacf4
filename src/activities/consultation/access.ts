import { own } from '../../domain/ids.ts';
import type { Advice, ConsultationState, Question } from './schema.ts';

/**
 * Who may read what, in one place for `view` and `decide` (a refusal must not confirm that
 * another pair's question exists). `partnershipId` is the reader's partnership, or null for
 * everyone else (people without one, the projector, observers).
 *
 * - shared: the facilitator shared the asking partnership's consultation with the room;
 * - a question: its own partnership (the asker), its current host, and a former host that
 *   already advised on it (so their advice keeps its question);
 * - advice: the asker, and the partnership that gave it.
 */
export function questionReadable(
  state: ConsultationState,
  question: Question,
  partnershipId: string | null,
  advisedBy: ReadonlySet<string> = advisedQuestions(state, partnershipId),
): boolean {
  if (own(state.shared, question.partnershipId)) return true;
  if (partnershipId === null) return false;
  return (
    question.partnershipId === partnershipId ||
    own(state.visits, question.partnershipId) === partnershipId ||
    advisedBy.has(question.id)
  );
}

export function adviceReadable(
  state: ConsultationState,
  advice: Advice,
  partnershipId: string | null,
): boolean {
  const question = own(state.questions, advice.questionId);
  if (!question) return false;
  if (own(state.shared, question.partnershipId)) return true;
  if (partnershipId === null) return false;
  return question.partnershipId === partnershipId || advice.hostId === partnershipId;
}

/** The questions a partnership gave advice on. */
export function advisedQuestions(
  state: ConsultationState,
  partnershipId: string | null,
): Set<string> {
  const ids = new Set<string>();
  if (partnershipId === null) return ids;
  for (const advice of Object.values(state.advice))
    if (advice.hostId === partnershipId) ids.add(advice.questionId);
  return ids;
}
