import { describe, expect, it } from 'vitest';
import { PresenceTracker } from './presence.ts';

describe('presence', () => {
  it('counts several tabs once, and keeps a sleeping phone present for a grace period', () => {
    let now = 0;
    const presence = new PresenceTracker(() => now);
    expect(presence.connect('w', 'anna')).toBe(true);
    expect(presence.connect('w', 'anna')).toBe(false);
    expect(presence.disconnect('w', 'anna')).toBe(false);
    expect(presence.disconnect('w', 'anna')).toBe(true);
    expect(presence.online('w')).toEqual([]);
    now = 60_000;
    expect(presence.present('w')).toEqual(['anna']);
    now = 4 * 60_000;
    expect(presence.present('w')).toEqual([]);
  });
});
