import { describe, expect, it } from 'vitest';
import { refusal } from '../testing/workshopHarness.ts';
import {
  itemsToMerge,
  knownItem,
  moveInList,
  shownItems,
  usableItem,
  visibilityChange,
} from './moderation.ts';

const item = (id: string, list: string, extra: object = {}) => ({
  id,
  list,
  hidden: false,
  mergedInto: null as string | null,
  ...extra,
});
const items = {
  a: item('a', 'formal'),
  b: item('b', 'formal'),
  c: item('c', 'informal'),
  h: item('h', 'formal', { hidden: true }),
  m: item('m', 'formal', { mergedInto: 'a' }),
};

describe('list moderation', () => {
  it('finds usable items; hidden, merged, unknown and inherited names are not found', () => {
    expect(usableItem(items, 'a').id).toBe('a');
    for (const id of ['h', 'm', 'x', '__proto__', 'constructor'])
      expect(refusal(() => usableItem(items, id))).toBe('WP_ERR_NOT_FOUND');
    expect(knownItem(items, 'h').id).toBe('h');
    expect(refusal(() => knownItem(items, 'm'))).toBe('WP_ERR_NOT_FOUND');
  });

  it('merges two or more distinct items of one list only', () => {
    const listOf = (i: { list: string }) => i.list;
    expect(itemsToMerge(items, ['a', 'b', 'a'], listOf, 'ids').map((i) => i.id)).toEqual([
      'a',
      'b',
    ]);
    expect(refusal(() => itemsToMerge(items, ['a', 'a'], listOf, 'ids'))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => itemsToMerge(items, ['a', 'c'], listOf, 'ids'))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => itemsToMerge(items, ['a', 'h'], listOf, 'ids'))).toBe('WP_ERR_NOT_FOUND');
  });

  it('hiding what is hidden, or moving an item to where it is, changes nothing', () => {
    expect(visibilityChange(items.h, true)).toBeNull();
    expect(visibilityChange(items.a, true)).toBe(items.a);
    expect(moveInList(['a', 'b', 'c'], 'a', 0)).toBeNull();
    expect(moveInList(['a', 'b', 'c'], 'a', 9)).toEqual(['b', 'c', 'a']);
    expect(moveInList(['a', 'b', 'c'], 'c', -3)).toEqual(['c', 'a', 'b']);
    expect(moveInList(['a'], 'zz', 0)).toBeNull();
  });

  it('shows neither hidden nor merged items', () => {
    expect(shownItems(items).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
});
