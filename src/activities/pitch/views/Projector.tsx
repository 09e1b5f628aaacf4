import './pitch.css';
import { nextInOrder } from '../order.ts';
import { municipalityOf, useRunningOrder } from './parts/names.ts';
import { OrderList } from './parts/OrderList.tsx';
import { StageScreen } from './parts/StageScreen.tsx';
import { Summary } from './parts/Summary.tsx';
import type { PitchViewProps } from './types.ts';

/**
 * The big screen: the running order while the groups prepare (their work is still private);
 * during a pitch the municipality, its headline and a large timer; afterwards all pitches.
 */
export default function PitchProjector(props: PitchViewProps) {
  const { t, activity, workshop } = props;
  const { phase, current } = activity.state;
  const order = useRunningOrder(activity.state, workshop);
  const next = municipalityOf(workshop, nextInOrder(activity.state, workshop.partnerships));

  if (phase === 'done') return <Summary view={props} order={order} />;
  if (phase === 'pitching' && current)
    return <StageScreen view={props} current={current} next={next} />;
  return (
    <section class="wp-stack wp-pitch-waiting" aria-labelledby="pitch-waiting-title">
      <h2 id="pitch-waiting-title">
        {phase === 'prepare'
          ? t('projector.preparing')
          : next
            ? t('projector.upNext', { municipality: next })
            : t('order.title')}
      </h2>
      {phase === 'prepare' && (
        <p>{t('projector.perPitch', { count: activity.config.minutesPerPitch })}</p>
      )}
      <h3>{t('order.title')}</h3>
      {order.length === 0 ? (
        <p>{t('projector.noPartnerships')}</p>
      ) : (
        <OrderList order={order} state={activity.state} workshop={workshop} t={t} />
      )}
    </section>
  );
}
