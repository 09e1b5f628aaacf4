import { Notice } from '../../../../ui/Notice.tsx';
import { own } from '../../../../domain/ids.ts';
import { visitorsOf } from '../../schema.ts';
import type { ConsultationViewProps } from '../types.ts';
import { placeOf } from './places.ts';

/** Where this partnership goes and who comes to it: the first thing a phone says. */
export function VisitNotice(props: ConsultationViewProps & { partnershipId: string }) {
  const { t, partnershipId } = props;
  const { state } = props.activity;
  if (state.phase === 'closed')
    return (
      <Notice tone="success" title={t('participant.closedTitle')}>
        <p>{t('participant.closedHint')}</p>
      </Notice>
    );
  if (state.phase === 'prepare')
    return (
      <Notice>
        <p>{t('participant.waitingPairs')}</p>
      </Notice>
    );
  const hostId = own(state.visits, partnershipId);
  const visitors = visitorsOf(state.visits, partnershipId);
  const host = hostId ? placeOf(props, hostId) : null;
  return (
    <div class="wp-stack">
      <div class="wp-card wp-consult-goto">
        <p class="wp-consult-goto__title">
          {host ? t('participant.youVisit', { host }) : t('participant.noVisit')}
        </p>
        {host && <p>{t('participant.visitHint', { host })}</p>}
      </div>
      {visitors.map((visitorId) => (
        <div key={visitorId} class="wp-card wp-consult-goto wp-consult-goto--host">
          <p class="wp-consult-goto__title">
            {t('participant.visitsYou', { visitor: placeOf(props, visitorId) })}
          </p>
          <p>{t('participant.hostHint', { visitor: placeOf(props, visitorId) })}</p>
        </div>
      ))}
    </div>
  );
}
