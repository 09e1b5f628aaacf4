import { describe, expect, it } from 'vitest';
import { randomSource } from './random.ts';

describe('intro random source', () => {
  it('uses ctx.random when it works', () => {
    const values = [0.5, 0.25, 0.125];
    const random = randomSource({ random: () => values.shift() ?? 0, newId: () => 'unused' });
    expect(random()).toBe(0.25); // the first value was the probe
  });

  it('falls back to a generator seeded from a fresh id when ctx.random throws', () => {
    const broken = (id: string) => ({
      random: (): number => {
        throw new RangeError('out of range');
      },
      newId: () => id,
    });
    const a = randomSource(broken('abc'));
    const b = randomSource(broken('abc'));
    const c = randomSource(broken('xyz'));
    const draw = (r: () => number) => Array.from({ length: 5 }, r);
    const first = draw(a);
    expect(draw(b)).toEqual(first);
    expect(draw(c)).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });
});
