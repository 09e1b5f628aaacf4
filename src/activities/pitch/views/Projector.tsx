import './pitch.css';
import './projector/projector.css';
import { nextInOrder } from '../order.ts';
import { municipalityOf, useRunningOrder } from './parts/names.ts';
import { StageScreen } from './parts/StageScreen.tsx';
import { ProjectorOrder, ProjectorSummary } from './projector/ProjectorPitch.tsx';
import type { PitchViewProps } from './types.ts';

/**
 * The big screen: the running order while the groups prepare (their work is still private);
 * during a pitch the municipality, its headline and a large timer; afterwards all pitches.
 * Never scrolls: long orders and many municipalities go on on the next page (FitPages).
 */
export default function PitchProjector(props: PitchViewProps) {
  const { t, activity, workshop } = props;
  const { phase, current } = activity.state;
  const order = useRunningOrder(activity.state, workshop);
  const next = municipalityOf(workshop, nextInOrder(activity.state, workshop.partnerships));

  if (phase === 'done') return <ProjectorSummary view={props} order={order} />;
  if (phase === 'pitching' && current)
    return <StageScreen view={props} current={current} next={next} />;
  return (
    <section class="wp-pitch-waiting" aria-labelledby="pitch-waiting-title">
      <ProjectorOrder
        view={props}
        order={order}
        head={
          <>
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
          </>
        }
      />
    </section>
  );
}
