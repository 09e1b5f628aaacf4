import './crossTheLine.css';
import './projector/projector.css';
import { ProjectorCurrent } from './projector/Current.tsx';
import { Skittles } from './projector/Skittles.tsx';
import { currentCard, type CrossTheLineViewProps } from './types.ts';

/**
 * The big screen: while collecting, an invitation and how many prejudices are ready (never
 * their words: the facilitator screens them first); then one prejudice at a time; at the end
 * the skittles. Never who sent, crossed or argued anonymously.
 */
export default function CrossTheLineProjector(props: CrossTheLineViewProps) {
  const { t, activity } = props;
  const { phase, waiting } = activity.state;
  const current = phase === 'play' ? currentCard(activity.state) : null;
  if (phase === 'bowl' || phase === 'closed') return <Skittles {...props} />;
  if (current) return <ProjectorCurrent {...props} card={current} />;
  return (
    <section class="wp-xl-projector wp-xl-wait" aria-labelledby="xl-wait-title">
      <h2 id="xl-wait-title">
        {phase === 'collect' ? t('projector.collectTitle') : t('projector.nextSoon')}
      </h2>
      {phase === 'collect' && <p>{t('projector.collectHint')}</p>}
      <div class="wp-xl-streep" aria-hidden="true" />
      <p class="wp-big-number" aria-live="polite">
        {t('projector.waiting', { count: waiting })}
      </p>
    </section>
  );
}
