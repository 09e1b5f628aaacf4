import { own } from '../../../../domain/ids.ts';
import type { Reference } from '../../../../domain/activity.ts';
import { PLAN_QUESTION } from '../../../../domain/referenceTypes.ts';
import type { ConsultationView } from '../../viewShapes.ts';
import type { ConsultationViewProps } from '../types.ts';

/** A partnership's municipality, as people name it. */
export function placeOf(props: ConsultationViewProps, partnershipId: string): string {
  return (
    own(props.workshop.partnerships, partnershipId)?.municipality ?? props.t('unknownPartnership')
  );
}

/** The confirmed visits, ordered by the visiting municipality. */
export function visitList(props: ConsultationViewProps): { visitorId: string; hostId: string }[] {
  const { visits } = props.activity.state;
  return Object.keys(visits)
    .map((visitorId) => ({ visitorId, hostId: visits[visitorId]! }))
    .sort((a, b) => placeOf(props, a.visitorId).localeCompare(placeOf(props, b.visitorId)));
}

/** Open plan questions not taken over yet, of one partnership (or of all, for null). */
export function importable(
  references: readonly Reference[],
  state: ConsultationView,
  partnershipId: string | null,
): Reference[] {
  const taken = new Set(
    Object.values(state.questions).flatMap((q) =>
      q.source ? [`${q.source.activityId}/${q.source.id}`] : [],
    ),
  );
  return references.filter(
    (r) =>
      r.type === PLAN_QUESTION &&
      !!r.partnershipId &&
      (partnershipId === null || r.partnershipId === partnershipId) &&
      !taken.has(`${r.activityId}/${r.id}`),
  );
}
