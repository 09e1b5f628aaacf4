import { own } from '../../../../domain/ids.ts';
import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import type { PlansViewProps } from '../types.ts';

/**
 * The keys this kind offers on the live screen: share the plan the facilitator has open (or,
 * once it is shared, the next plan not shared yet), and put the next shared plan on the
 * projector, in the order of the overview; after the last, back to showing them in turn.
 * Closing the plans is never one key away.
 */
export function usePlansShortcuts(
  view: PlansViewProps,
  ids: readonly string[],
  chosen: string | null,
) {
  const { t, activity, workshop, send } = view;
  const { sharedPlans, spotlightId } = activity.state;
  const place = (id: string) => own(workshop.partnerships, id)?.municipality ?? id;
  const toShare =
    chosen && !sharedPlans.includes(chosen) ? chosen : ids.find((id) => !sharedPlans.includes(id));
  useConsoleShortcut(
    'share',
    toShare ? t('console.share', { place: place(toShare) }) : null,
    () => toShare && send({ type: 'sharePlan', partnershipId: toShare }),
  );

  const shown = ids.filter((id) => sharedPlans.includes(id));
  const next = shown[shown.indexOf(spotlightId ?? '') + 1] ?? null;
  const label =
    shown.length === 0
      ? null
      : next
        ? t('console.spotlight', { place: place(next) })
        : t('console.stopSpotlight');
  useConsoleShortcut('spotlightNext', label, () =>
    send({ type: 'spotlightPlan', partnershipId: next }),
  );
}
