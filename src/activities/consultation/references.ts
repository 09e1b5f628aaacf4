import type { Reference } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import { type ConsultationState } from './schema.ts';
import { ADVICE_ASKED, ADVICE_GIVEN, CONSULTATION_ADVICE } from '../../domain/referenceTypes.ts';

/**
 * Advice, offered so the plans can show it in both partnerships' plans: for each advice item
 * one reference for the partnership that asked (`-asked`) and one for the partnership that
 * gave it (`-given`). References reach every view of the workshop, so only advice the
 * facilitator shared with the room is offered: until then it stays with the pair.
 */
export function references(
  state: ConsultationState,
  _config: unknown,
  activityId: string,
): Reference[] {
  const offered: Reference[] = [];
  const advice = Object.values(state.advice).sort((a, b) => a.createdSeq - b.createdSeq);
  for (const a of advice) {
    const question = own(state.questions, a.questionId);
    if (!question || !own(state.shared, question.partnershipId)) continue;
    const text = `${question.text} — ${a.text}`;
    const base = { type: CONSULTATION_ADVICE, activityId, text, side: null };
    offered.push({ ...base, id: `${a.id}${ADVICE_ASKED}`, partnershipId: question.partnershipId });
    offered.push({ ...base, id: `${a.id}${ADVICE_GIVEN}`, partnershipId: a.hostId });
  }
  return offered;
}
