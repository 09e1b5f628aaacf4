import { useServerNow } from '../../../../ui/Timer.tsx';
import { remainingMs, type RoundTiming } from '../../schema.ts';

export interface RoundClock {
  readonly remainingMs: number;
  readonly paused: boolean;
  /** The time ran out and the clock was not paused. */
  readonly up: boolean;
}

/**
 * The running round's time left, by the server's clock (`now` is corrected for this device's
 * offset), so a phone whose own clock is off still counts down right. Ticks twice a second so
 * the shown second never lags by a whole one.
 */
export function useRoundClock(round: RoundTiming | null, now: () => number): RoundClock | null {
  const serverNow = useServerNow(now, 500);
  if (!round) return null;
  const remaining = remainingMs(round, serverNow);
  const paused = round.remainingMs !== null;
  return { remainingMs: remaining, paused, up: !paused && remaining === 0 };
}
