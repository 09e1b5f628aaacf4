import { describe, expect, it } from 'vitest';
import { inside, pageSlice } from './measure.ts';

const rect = (left: number, top: number, right: number, bottom: number) =>
  ({ left, top, right, bottom }) as DOMRect;

describe('fitting items on projector pages', () => {
  it('an item fits when its whole box lies in the list box, with half a pixel of slack', () => {
    const box = rect(0, 0, 100, 100);
    expect(inside(rect(0, 0, 100, 100), box)).toBe(true);
    expect(inside(rect(10, 90, 50, 100.4), box)).toBe(true);
    expect(inside(rect(10, 90, 50, 101), box)).toBe(false);
    // Right to left, a list overflows to the left: that is outside too.
    expect(inside(rect(-20, 0, 40, 50), box)).toBe(false);
  });

  it('cuts a list into pages at the measured starts, and the last page runs to the end', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(pageSlice(items, [0, 2, 4], 0)).toEqual(['a', 'b']);
    expect(pageSlice(items, [0, 2, 4], 1)).toEqual(['c', 'd']);
    expect(pageSlice(items, [0, 2, 4], 2)).toEqual(['e']);
    // A page beyond the last shows the last (the list shrank while it was on screen).
    expect(pageSlice(items, [0, 2, 4], 7)).toEqual(['e']);
    // Not measured yet: everything, once.
    expect(pageSlice(items, [], 0)).toEqual(items);
  });
});
