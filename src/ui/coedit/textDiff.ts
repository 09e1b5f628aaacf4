const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The smallest replace that turns `before` into `after`, never splitting an emoji in two. A
 * textarea only tells us its new value; this finds what was typed, so only that goes to Yjs.
 */
export function minimalChange(before: string, after: string) {
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start++;
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < shortest - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  if (end > 0 && isLow(before.charCodeAt(before.length - end))) end--;
  return {
    at: start,
    removed: before.length - start - end,
    inserted: after.slice(start, after.length - end),
  };
}
