import type { Translate } from '../../../../i18n/index.ts';
import { formatClock } from '../../timer.ts';
import { cueLabel } from './cueLabel.ts';
import type { TimerReading } from './useTimer.ts';

/**
 * The time left, large, with its cue in words ("Nog 1 minuut", "Bijna klaar", "Tijd!") and a
 * style per cue. `role="timer"` keeps screen readers from reading every second; the cues are
 * announced separately (see `useCueAnnouncement`).
 */
export function PitchClock(props: {
  reading: TimerReading;
  durationMs: number;
  t: Translate;
  size: 'phone' | 'projector' | 'console';
}) {
  const { reading, t } = props;
  const label = cueLabel(t, reading.cue, props.durationMs);
  return (
    <div
      class={`wp-pitch-clock wp-pitch-clock--${props.size} wp-pitch-clock--${reading.cue}`}
      role="timer"
      aria-label={`${t('timer.label')}: ${formatClock(reading.remainingMs)}`}
    >
      <p class="wp-pitch-clock__time">{formatClock(reading.remainingMs)}</p>
      <p class="wp-pitch-clock__cue">
        <span class={reading.cue === 'normal' ? 'wp-pitch-clock__label' : ''}>{label}</span>
        {reading.paused && <span class="wp-pitch-clock__paused">{t('cue.paused')}</span>}
      </p>
    </div>
  );
}
