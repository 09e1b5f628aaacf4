import { own } from '../../../../domain/ids.ts';
import { Button } from '../../../../ui/Button.tsx';
import { placeOf, visitList } from '../parts/places.ts';
import type { ConsultationViewProps } from '../types.ts';

/**
 * Each confirmed visit with how far it is (questions, advice, questions still without
 * advice) and its sharing: one visit at a time on the screen, or all at once.
 */
export function VisitStatus(props: ConsultationViewProps) {
  const { t } = props;
  const { state } = props.activity;
  const visits = visitList(props);
  const unshared = visits.filter((v) => !own(state.shared, v.visitorId));
  return (
    <section class="wp-card wp-stack" aria-labelledby="consult-visits">
      <div class="wp-spread">
        <h2 id="consult-visits">{t('console.visitsTitle')}</h2>
        {unshared.length > 1 && (
          <Button variant="secondary" onClick={() => void props.send({ type: 'shareAll' })}>
            {t('console.shareAll')}
          </Button>
        )}
      </div>
      <ul class="wp-consult-status">
        {visits.map(({ visitorId, hostId }) => {
          const count = own(state.counts, visitorId) ?? { questions: 0, advice: 0, open: 0 };
          const names = { visitor: placeOf(props, visitorId), host: placeOf(props, hostId) };
          const shared = !!own(state.shared, visitorId);
          return (
            <li key={visitorId} class="wp-spread wp-consult-status__row">
              <div>
                <p class="wp-consult-status__pair">{t('pair', names)}</p>
                <p class="wp-field__hint">
                  {t('questionsCount', { count: count.questions })} ·{' '}
                  {t('adviceCount', { count: count.advice })} ·{' '}
                  {t('openCount', { count: count.open })}
                </p>
              </div>
              {shared ? (
                <span class="wp-badge">{t('console.shared')}</span>
              ) : (
                <Button
                  variant="secondary"
                  aria-label={t('console.shareLabel', names)}
                  onClick={() => void props.send({ type: 'shareVisit', visitorId })}
                >
                  {t('console.share')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
