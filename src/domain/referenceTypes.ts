/**
 * Reference types that one kind offers and another reads (`Reference.type`). Kinds never import
 * each other, so the names they agree on live here, in one place, instead of as a string each
 * side spells on its own.
 */

/** A plan's open question (`plans` offers it; `consultation` imports it). */
export const PLAN_QUESTION = 'planQuestion';
/** Advice from the consultation for one partnership (`consultation` offers it; `plans` shows it). */
export const CONSULTATION_ADVICE = 'consultationAdvice';
