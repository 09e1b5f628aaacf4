import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServerClock } from './clock.ts';

afterEach(() => vi.useRealTimers());

describe('server clock', () => {
  it('shows server time on a phone whose clock is three minutes off', () => {
    vi.useFakeTimers();
    const serverNow = 1_800_000_000_000;
    vi.setSystemTime(serverNow - 180_000); // the phone is 3 minutes behind
    const clock = new ServerClock();
    const sentAt = Date.now();
    vi.advanceTimersByTime(80); // 80 ms round trip; the server stamped halfway
    clock.sample(sentAt, serverNow + 40, Date.now());
    expect(Math.abs(clock.now() - (serverNow + 80))).toBeLessThanOrEqual(1);
  });

  it('keeps the sample with the shortest round trip', () => {
    const clock = new ServerClock();
    clock.sample(0, 1000 + 5, 10); // rtt 10: offset 1000
    clock.sample(0, 5000, 400); // rtt 400: ignored
    expect(clock.offsetMs).toBe(1000);
  });
});
