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
  let hidden = 0;
  for (const key of keys) if (!('exact' in guarded[key])) hidden += parts[key];
  return { parts: guarded, totalSafe: hidden === 0 || hidden >= k };
}

/** The number to show, or the exact count when it is not guarded (for sorting and tests). */
export function shownCount(count: GuardedCount): number | null {
  return 'exact' in count ? count.exact : null;
}
