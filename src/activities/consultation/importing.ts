import { ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import { LIMITS } from '../../domain/workshop/limits.ts';
import { ownPartnership, type Ctx } from './guards.ts';
import { PLAN_QUESTION } from '../../domain/referenceTypes.ts';
import { type ConsultationEvent, type ConsultationState, type QuestionSource } from './schema.ts';

const sameSource = (a: QuestionSource, b: QuestionSource) =>
  a.activityId === b.activityId && a.id === b.id;

/**
 * Open questions from the plans, imported by reference: each must be a `planQuestion` the
 * workshop offers now, and lands with the partnership it belongs to. A participant imports
 * only their own partnership's. One already imported (and not removed) is skipped, so
 * importing twice adds nothing. The text is copied as it reads now and the link kept.
 */
export function importedQuestions(
  refs: readonly QuestionSource[],
  state: ConsultationState,
  ctx: Ctx,
): ConsultationEvent[] {
  const mine = ctx.participant ? ownPartnership(ctx) : null;
  const taken: QuestionSource[] = Object.values(state.questions).flatMap((q) =>
    q.source ? [q.source] : [],
  );
  const events: ConsultationEvent[] = [];
  for (const ref of refs) {
    const offered = ctx.references.find(
      (r) => r.type === PLAN_QUESTION && r.activityId === ref.activityId && r.id === ref.id,
    );
    ensure(offered, 'WP_ERR_NOT_FOUND', { field: 'refs' });
    const partnershipId = offered.partnershipId;
    ensure(partnershipId, 'WP_ERR_VALIDATION', { field: 'refs' });
    ensure(own(ctx.partnerships, partnershipId), 'WP_ERR_NOT_FOUND', { field: 'refs' });
    if (mine !== null) ensure(partnershipId === mine, 'WP_ERR_FORBIDDEN');
    const source = { activityId: ref.activityId, id: ref.id };
    if (taken.some((t) => sameSource(t, source))) continue;
    taken.push(source);
    events.push({
      type: 'questionAdded',
      questionId: ctx.newId(),
      partnershipId,
      text: offered.text.slice(0, LIMITS.noteText),
      authorId: ctx.participant?.id ?? null,
      source,
    });
  }
  return events;
}
