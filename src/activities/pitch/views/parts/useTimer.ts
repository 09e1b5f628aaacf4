import { useServerNow } from '../../../../ui/Timer.tsx';
import type { CurrentPitch } from '../../schema.ts';
import { cueOf, remainingAt, type Cue } from '../../timer.ts';

export interface TimerReading {
  readonly remainingMs: number;
  readonly cue: Cue;
  readonly paused: boolean;
}

/**
 * The pitch timer on this device: the server's absolute end time against the server's clock
 * (`now` corrects for this device's offset), re-read four times a second so the seconds tick
 * over on time.
 */
export function useTimer(current: CurrentPitch | null, now: () => number): TimerReading | null {
  const serverNow = useServerNow(now, 250);
  if (!current) return null;
  const remainingMs = remainingAt(current, serverNow);
  return {
    remainingMs,
    cue: cueOf(remainingMs, current.durationMs),
    paused: current.endsAt === null,
  };
}
