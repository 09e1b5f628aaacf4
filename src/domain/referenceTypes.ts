/**
 * Reference types that one kind offers and another reads (`Reference.type`). Kinds never import
 * each other, so the names they agree on live here, in one place, instead of as a string each
 * side spells on its own.
 */

/** A plan's open question (`plans` offers it; `consultation` imports it). */
export const PLAN_QUESTION = 'planQuestion';
/** Advice from the consultation for one partnership (`consultation` offers it; `plans` shows it). */
export const CONSULTATION_ADVICE = 'consultationAdvice';

/**
 * Each piece of advice is offered twice: once to the partnership that asked (its id ends in
 * this suffix) and once to the one that gave it (`ADVICE_GIVEN`). Only the first "came back"
 * to a plan's open question.
 */
export const ADVICE_ASKED = '-asked';
export const ADVICE_GIVEN = '-given';

/** Advice the consultation gave back to this partnership, on one of its own questions. */
export function adviceBackTo(
  reference: { readonly type: string; readonly id: string; readonly partnershipId?: string },
  partnershipId: string,
): boolean {
  return (
    reference.type === CONSULTATION_ADVICE &&
    reference.partnershipId === partnershipId &&
    reference.id.endsWith(ADVICE_ASKED)
  );
}
