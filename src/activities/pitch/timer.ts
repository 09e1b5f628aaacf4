import type { CurrentPitch } from './schema.ts';

/**
 * Timer cues, the same on the projector, the phones and the console: a first warning at 20 %
 * of the time left, "almost done" at 5 %, and "time!" at zero.
 */
export type Cue = 'normal' | 'low' | 'almost' | 'over';

export const LOW_SHARE = 0.2;
export const ALMOST_SHARE = 0.05;

/** Milliseconds left at server time `now` (negative when over time). */
export function remainingAt(current: CurrentPitch, now: number): number {
  if (current.endsAt !== null) return current.endsAt - now;
  return current.remainingMs ?? 0;
}

export function cueOf(remainingMs: number, durationMs: number): Cue {
  if (remainingMs <= 0) return 'over';
  if (remainingMs <= durationMs * ALMOST_SHARE) return 'almost';
  if (remainingMs <= durationMs * LOW_SHARE) return 'low';
  return 'normal';
}

/** "4:05"; counts whole seconds up, so "0:00" shows exactly when the time is up. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What the first warning says: "1 minute left" for five minutes, "2 minutes" for ten. */
export function lowWarning(durationMs: number): { unit: 'minutes' | 'seconds'; count: number } {
  const threshold = durationMs * LOW_SHARE;
  if (threshold >= 60_000) return { unit: 'minutes', count: Math.round(threshold / 60_000) };
  return { unit: 'seconds', count: Math.round(threshold / 1000) };
}
