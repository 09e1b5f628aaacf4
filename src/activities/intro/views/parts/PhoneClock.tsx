import type { Translate } from '../../../../i18n/index.ts';
import type { RoundTiming } from '../../schema.ts';
import { formatClock } from './people.ts';
import { useRoundClock } from './useRoundClock.ts';

/** The time left, large; when it is up or paused, says so in words (not only with colour). */
export function PhoneClock(props: {
  round: RoundTiming;
  now: () => number;
  t: Translate;
  autoRotate: boolean;
}) {
  const { t } = props;
  const clock = useRoundClock(props.round, props.now);
  if (!clock) return null;
  const state = clock.up ? 'up' : clock.paused ? 'paused' : 'running';
  return (
    <div class={`wp-intro-clock wp-intro-clock--${state}`}>
      <p class="wp-intro-clock__time" role="timer" aria-label={t('participant.timeLeftLabel')}>
        {t('participant.timeLeft', { time: formatClock(clock.remainingMs) })}
      </p>
      {clock.paused && <p>{t('participant.paused')}</p>}
      {clock.up && (
        <p>
          {t('participant.timeUp')} {props.autoRotate && t('participant.nextSoon')}
        </p>
      )}
    </div>
  );
}
