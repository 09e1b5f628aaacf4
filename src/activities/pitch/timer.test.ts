import { describe, expect, it } from 'vitest';
import { cueOf, formatClock, lowWarning, remainingAt } from './timer.ts';

const MINUTE = 60_000;

describe('pitch timer', () => {
  it('cues at 20 % left, at 5 % left and at zero', () => {
    const five = 5 * MINUTE;
    expect(cueOf(61_000, five)).toBe('normal');
    expect(cueOf(60_000, five)).toBe('low');
    expect(cueOf(15_001, five)).toBe('low');
    expect(cueOf(15_000, five)).toBe('almost');
    expect(cueOf(1, five)).toBe('almost');
    expect(cueOf(0, five)).toBe('over');
    expect(cueOf(-5000, five)).toBe('over');
  });

  it('counts from the absolute end while running, and holds the remaining time while paused', () => {
    const running = { partnershipId: 'p', durationMs: MINUTE, endsAt: 10_000, remainingMs: null };
    expect(remainingAt(running, 4_000)).toBe(6_000);
    const paused = { partnershipId: 'p', durationMs: MINUTE, endsAt: null, remainingMs: 7_000 };
    expect(remainingAt(paused, 999_999)).toBe(7_000);
  });

  it('shows whole seconds rounded up, never below zero', () => {
    expect(formatClock(5 * MINUTE)).toBe('5:00');
    expect(formatClock(61_001)).toBe('1:02');
    expect(formatClock(999)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-3000)).toBe('0:00');
  });

  it('says the first warning in minutes, or seconds for short pitches', () => {
    expect(lowWarning(5 * MINUTE)).toEqual({ unit: 'minutes', count: 1 });
    expect(lowWarning(10 * MINUTE)).toEqual({ unit: 'minutes', count: 2 });
    expect(lowWarning(MINUTE)).toEqual({ unit: 'seconds', count: 12 });
  });
});
