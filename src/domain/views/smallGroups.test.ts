import { describe, expect, it } from 'vitest';
import { guardCount, guardSplit, shownCount } from './smallGroups.ts';

describe('small-group protection', () => {
  it('given a count of 1 or 2, then it shows as fewer than 3; 0 and 3+ stay exact', () => {
    expect(guardCount(0)).toEqual({ exact: 0 });
    expect(guardCount(1)).toEqual({ fewerThan: 3 });
    expect(guardCount(2)).toEqual({ fewerThan: 3 });
    expect(guardCount(3)).toEqual({ exact: 3 });
    expect(guardCount(40)).toEqual({ exact: 40 });
  });

  it('given the people it is out of, then "all but one or two" is guarded too', () => {
    expect(guardCount(17, { of: 19 })).toEqual({ allButFewerThan: 3, of: 19 });
    expect(guardCount(18, { of: 19 })).toEqual({ allButFewerThan: 3, of: 19 });
    expect(guardCount(19, { of: 19 })).toEqual({ exact: 19 });
    expect(guardCount(16, { of: 19 })).toEqual({ exact: 16 });
  });

  it('given a facilitator who opted in for this item, then the count is exact', () => {
    expect(guardCount(1, { showExact: true })).toEqual({ exact: 1 });
    expect(guardCount(18, { of: 19, showExact: true })).toEqual({ exact: 18 });
  });

  it('honours another k', () => {
    expect(guardCount(4, { k: 5 })).toEqual({ fewerThan: 5 });
    expect(guardCount(5, { k: 5 })).toEqual({ exact: 5 });
  });

  it('given a split with a small part, then that part is guarded and the total is not safe to show', () => {
    const split = guardSplit({ formal: 9, informal: 2 });
    expect(split.parts).toEqual({ formal: { exact: 9 }, informal: { fewerThan: 3 } });
    expect(split.totalSafe).toBe(false);
  });

  it('given a split whose guarded parts add up to 3 or more, then the total gives nobody away', () => {
    const split = guardSplit({ a: 10, b: 2, c: 1 });
    expect(split.parts.b).toEqual({ fewerThan: 3 });
    expect(split.parts.c).toEqual({ fewerThan: 3 });
    expect(split.totalSafe).toBe(true);
  });

  it('given guarded parts whose sum the total would pin down, then the total is not safe', () => {
    // 2 + 2: both are "fewer than 3", and a total of 14 leaves only 2 + 2 for them.
    expect(guardSplit({ a: 10, b: 2, c: 2 }).totalSafe).toBe(false);
    // 1 formal of 10, 8 informal of 10: a total of 9 leaves only 1 + 8 for the two ranges.
    const split = guardSplit({ formal: 1, informal: 8 }, { ofPart: { formal: 10, informal: 10 } });
    expect(split.parts).toEqual({
      formal: { fewerThan: 3 },
      informal: { allButFewerThan: 3, of: 10 },
    });
    expect(split.totalSafe).toBe(false);
  });

  it('guards each part against its own population (who did not cross)', () => {
    const split = guardSplit({ formal: 8, informal: 4 }, { ofPart: { formal: 9, informal: 10 } });
    expect(split.parts.formal).toEqual({ allButFewerThan: 3, of: 9 });
    expect(split.parts.informal).toEqual({ exact: 4 });
  });

  it('shownCount gives the number only when it may be shown', () => {
    expect(shownCount({ exact: 4 })).toBe(4);
    expect(shownCount({ fewerThan: 3 })).toBeNull();
  });
});
