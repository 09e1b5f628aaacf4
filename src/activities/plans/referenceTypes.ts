/**
 * The reference types this kind offers and reads. Apart from `references.ts` because views
 * read them too, and `references.ts` runs on the server only (vite.config.ts).
 */

/** The reference type of a plan's open question (the consultation picks these up). */
export const PLAN_QUESTION = 'planQuestion';
/** The reference type of advice the consultation gives back to a partnership. */
export const CONSULTATION_ADVICE = 'consultationAdvice';
