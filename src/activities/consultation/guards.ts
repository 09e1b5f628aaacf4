import type { ActivityContext } from '../../domain/activity.ts';
import { ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import { adviceReadable, questionReadable } from './access.ts';
import type { Advice, ConsultationConfig, ConsultationState, Question } from './schema.ts';

export type Ctx = ActivityContext<ConsultationConfig>;

export function ensureFacilitator(ctx: Ctx): void {
  ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
}

/** Questions and advice can change until the consultation is closed. */
export function ensureNotClosed(state: ConsultationState): void {
  ensure(state.phase !== 'closed', 'WP_ERR_WRONG_PHASE');
}

/** The partnership of the acting participant (someone without one has no questions to ask). */
export function ownPartnership(ctx: Ctx): string {
  ensure(ctx.participant?.partnershipId, 'WP_ERR_FORBIDDEN');
  return ctx.participant.partnershipId;
}

/** Whose question a new one is: a participant's own partnership; a facilitator names one. */
export function askingPartnership(partnershipId: string | undefined, ctx: Ctx): string {
  if (ctx.participant) return ownPartnership(ctx);
  ensure(partnershipId, 'WP_ERR_VALIDATION', { field: 'partnershipId' });
  ensure(own(ctx.partnerships, partnershipId), 'WP_ERR_NOT_FOUND', { field: 'partnershipId' });
  return partnershipId;
}

/** A question the actor may read; anything else is "not found" (never "not yours"). */
export function readableQuestion(state: ConsultationState, id: string, ctx: Ctx): Question {
  const question = own(state.questions, id);
  ensure(question, 'WP_ERR_NOT_FOUND');
  if (ctx.participant)
    ensure(questionReadable(state, question, ctx.participant.partnershipId), 'WP_ERR_NOT_FOUND');
  return question;
}

export function readableAdvice(state: ConsultationState, id: string, ctx: Ctx): Advice {
  const advice = own(state.advice, id);
  ensure(advice, 'WP_ERR_NOT_FOUND');
  if (ctx.participant)
    ensure(adviceReadable(state, advice, ctx.participant.partnershipId), 'WP_ERR_NOT_FOUND');
  return advice;
}
