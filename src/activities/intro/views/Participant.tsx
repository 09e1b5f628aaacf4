import './intro.css';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { ConversationCard } from './parts/ConversationCard.tsx';
import { PhoneClock } from './parts/PhoneClock.tsx';
import { PhoneWaiting } from './parts/PhoneWaiting.tsx';
import { useRoundAnnouncement } from './parts/useRoundAnnouncement.ts';
import { useWakeLock } from './parts/useWakeLock.ts';
import type { PhoneProps } from './types.ts';

/**
 * The phone: big and simple. During a round: who you talk with (name, municipality, side),
 * your question in large type, and the time left. Otherwise a friendly waiting text. The
 * pair arrives in this phone's own overlay: the view all phones share names nobody.
 */
export default function IntroParticipant(props: PhoneProps) {
  const { t, me, activity } = props;
  const { round, mine } = activity.state;
  const announcement = useRoundAnnouncement(props, round, mine);
  useWakeLock(activity.state.phase === 'round');
  if (!me) return null;
  return (
    <article class="wp-stack wp-intro" aria-labelledby="intro-title">
      <header class="wp-spread">
        <h1 id="intro-title">{activity.title}</h1>
        {round && (
          <span class="wp-badge wp-intro-round">{t('round', { round: round.number })}</span>
        )}
      </header>
      {round && mine ? (
        <>
          <PhoneClock round={round} now={props.now} t={t} autoRotate={activity.config.autoRotate} />
          <ConversationCard {...props} conversation={mine} meId={me.id} />
        </>
      ) : (
        <PhoneWaiting t={t} state={activity.state} inRound={!!round} />
      )}
      <LiveRegion message={announcement} assertive />
    </article>
  );
}
