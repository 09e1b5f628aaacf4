import { describe, expect, it } from 'vitest';
import { secureRandom } from './rooms.ts';

describe('secureRandom', () => {
  it('gives numbers in [0, 1) (what ctx.random promises)', () => {
    for (let i = 0; i < 1000; i++) {
      const r = secureRandom();
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(1);
    }
  });
});
