import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../../../i18n/index.ts';
import type { CurrentPitch } from '../../schema.ts';
import { cueLabel } from './cueLabel.ts';
import type { TimerReading } from './useTimer.ts';

/**
 * What to say in a live region: a pitch that starts, and each cue as it is reached ("Nog 1
 * minuut", "Bijna klaar", "Tijd!"). Said once per change, not every second.
 */
export function useCueAnnouncement(
  t: Translate,
  current: CurrentPitch | null,
  reading: TimerReading | null,
  municipality: string,
): string {
  const [message, setMessage] = useState('');
  const last = useRef<string | null>(null);
  const key = current ? `${current.partnershipId}:${reading?.cue ?? ''}` : '';
  useEffect(() => {
    const previous = last.current;
    last.current = key;
    if (previous === null || !current || !reading) return; // nothing to say on first sight
    if (!previous.startsWith(`${current.partnershipId}:`)) {
      setMessage(t('participant.announceStart', { municipality }));
    } else if (reading.cue !== 'normal') {
      const cue = cueLabel(t, reading.cue, current.durationMs);
      setMessage(t('timer.announce', { municipality, cue }));
    }
  }, [key]);
  return message;
}
