import type { Translate } from '../../../../i18n/index.ts';
import type { RoundTiming } from '../../schema.ts';
import { formatClock } from './people.ts';
import { useRoundClock } from './useRoundClock.ts';

/**
 * The projector's countdown, mm:ss, readable from the back of the room. At the end it turns
 * into a dark red panel that says "Time is up!" in words, so the change is not colour alone.
 */
export function Countdown(props: { round: RoundTiming; now: () => number; t: Translate }) {
  const { t } = props;
  const clock = useRoundClock(props.round, props.now);
  if (!clock) return null;
  const state = clock.up ? 'up' : clock.paused ? 'paused' : 'running';
  return (
    <div class={`wp-intro-countdown wp-intro-countdown--${state}`}>
      <p class="wp-intro-countdown__time" role="timer" aria-label={t('projector.countdownLabel')}>
        {formatClock(clock.remainingMs)}
      </p>
      {clock.paused && <p class="wp-intro-countdown__note">{t('projector.paused')}</p>}
      {clock.up && (
        <p class="wp-intro-countdown__note" aria-live="polite">
          <strong>{t('projector.timeUp')}</strong> {t('projector.timeUpHint')}
        </p>
      )}
    </div>
  );
}
