import { describe, expect, it } from 'vitest';
import { minimalChange } from './textDiff.ts';

const apply = (before: string, after: string) => {
  const { at, removed, inserted } = minimalChange(before, after);
  return before.slice(0, at) + inserted + before.slice(at + removed);
};

describe('minimal change of a textarea edit', () => {
  it('finds the typed, deleted or replaced part only', () => {
    expect(minimalChange('abcd', 'abXcd')).toEqual({ at: 2, removed: 0, inserted: 'X' });
    expect(minimalChange('abcd', 'ad')).toEqual({ at: 1, removed: 2, inserted: '' });
    expect(minimalChange('aaa', 'aaaa')).toEqual({ at: 3, removed: 0, inserted: 'a' });
    expect(minimalChange('same', 'same')).toEqual({ at: 4, removed: 0, inserted: '' });
  });

  it('never splits a character made of two code units', () => {
    for (const [before, after] of [
      ['x😀y', 'x😃y'],
      ['😀', '😃'],
      ['a😀', 'a😀😀'],
    ] as const) {
      const change = minimalChange(before, after);
      expect(apply(before, after)).toBe(after);
      expect(change.inserted.length % 2).toBe(0);
    }
  });
});
