/**
 * Small-group protection: a count that would single out fewer than `k` people is shown as
 * "fewer than k" instead of its number. Used wherever a view shows how many people did
 * something (crossed the line, wrote in a group), so nobody can be identified by a count.
 */

/** The default: fewer than 3 people behind a number is too few to show it. */
export const SMALL_GROUP_K = 3;

/** A count as a view may show it. */
export type GuardedCount =
  | { readonly exact: number }
  /** Between 1 and k−1 (never 0: nobody is not a small group). */
  | { readonly fewerThan: number }
  /** All of `of` but between 1 and k−1 (otherwise "all but 2" names the two). */
  | { readonly allButFewerThan: number; readonly of: number };

export interface GuardOptions {
  /** Default {@link SMALL_GROUP_K}. */
  readonly k?: number;
  /** The people the count is out of (e.g. those present): also protects those who did *not*. */
  readonly of?: number;
  /** The facilitator chose to show exact numbers for this item. */
  readonly showExact?: boolean;
}

/** Guards one count. */
export function guardCount(count: number, options: GuardOptions = {}): GuardedCount {
  const k = options.k ?? SMALL_GROUP_K;
  if (options.showExact) return { exact: count };
  if (count > 0 && count < k) return { fewerThan: k };
  const rest = options.of === undefined ? 0 : options.of - count;
  if (options.of !== undefined && rest > 0 && rest < k)
    return { allButFewerThan: k, of: options.of };
  return { exact: count };
}

/** A split with its guarded parts, and whether the exact total may be shown beside it. */
export interface GuardedSplit<Key extends string> {
  readonly parts: Record<Key, GuardedCount>;
  /**
   * False when the total minus the exact parts would leave fewer than k people: the total
   * would give the guarded parts away. Show the total guarded too (or not at all) then.
   */
  readonly totalSafe: boolean;
}

/**
 * Guards a split of one count (by side, by municipality): each part on its own, and says
 * whether the total can be shown beside it without giving a small part away by subtraction.
 */
export function guardSplit<Key extends string>(
  parts: Readonly<Record<Key, number>>,
  options: GuardOptions & { readonly ofPart?: Readonly<Record<Key, number>> } = {},
): GuardedSplit<Key> {
  const keys = Object.keys(parts) as Key[];
  const guarded = {} as Record<Key, GuardedCount>;
  for (const key of keys) {
    const of = options.ofPart?.[key];
    guarded[key] = guardCount(parts[key], { ...options, ...(of === undefined ? {} : { of }) });
  }
  const k = options.k ?? SMALL_GROUP_K;
  return {
    parts: guarded,
    totalSafe: totalHidesParts(
      keys.map((key) => [guarded[key], parts[key]]),
      k,
    ),
  };
}

/**
 * Whether the exact total, shown beside the guarded parts, still hides each of them. Each
 * guarded part lies in a known range (`fewerThan`: 1 to k−1; `allButFewerThan`: of−k+1 to
 * of−1), so the total minus the exact parts is their sum. When that sum is the smallest or the
 * largest the ranges allow, or when only one part is guarded, it fixes every part: a reader
 * could subtract. Between the extremes, with two or more guarded parts, each part can still
 * take at least two values.
 */
function totalHidesParts(parts: readonly (readonly [GuardedCount, number])[], k: number): boolean {
  const hidden = parts.filter(([shown]) => !('exact' in shown));
  if (hidden.length === 0) return true;
  if (hidden.length === 1) return false;
  let sum = 0;
  let lowest = 0;
  let highest = 0;
  for (const [shown, count] of hidden) {
    sum += count;
    const [low, high] = 'fewerThan' in shown ? [1, k - 1] : rangeOfAllBut(shown, k);
    lowest += low;
    highest += high;
  }
  return sum > lowest && sum < highest;
}

function rangeOfAllBut(shown: GuardedCount, k: number): [number, number] {
  const of = 'of' in shown ? shown.of : 0;
  return [of - (k - 1), of - 1];
}

/** The number to show, or the exact count when it is not guarded (for sorting and tests). */
export function shownCount(count: GuardedCount): number | null {
  return 'exact' in count ? count.exact : null;
}
