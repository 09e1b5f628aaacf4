import { own } from '../../../../domain/ids.ts';
import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import { placeOf, visitList } from '../parts/places.ts';
import type { ConsultationViewProps } from '../types.ts';

/**
 * The keys this kind offers on the live screen: confirming the pairs (while preparing, with a
 * draft; it can be undone with "change pairs"), and sharing the next visit not shared yet on
 * the screen. Closing is never one key away.
 */
export function useConsultationShortcuts(props: ConsultationViewProps): void {
  const { t, activity } = props;
  const { state } = activity;
  const canConfirm = state.phase === 'prepare' && Object.keys(state.draft).length > 0;
  useConsoleShortcut('nextPhase', canConfirm ? t('console.move.visit') : null, () =>
    props.send({ type: 'confirmPairs' }),
  );
  const next =
    state.phase === 'prepare'
      ? undefined
      : visitList(props).find((v) => !own(state.shared, v.visitorId));
  const label = next
    ? t('console.shareLabel', {
        visitor: placeOf(props, next.visitorId),
        host: placeOf(props, next.hostId),
      })
    : null;
  useConsoleShortcut('share', label, () =>
    next ? props.send({ type: 'shareVisit', visitorId: next.visitorId }) : undefined,
  );
}
