import type { Side } from '../../domain/workshop/state.ts';

/** What grouping needs to know about a person. */
export interface GroupingPerson {
  readonly id: string;
  readonly partnershipId: string | null;
  readonly side: Side;
}

/**
 * How many groups for `count` people when no group may be larger than `maxSize`: the fewest
 * that keep every group small enough. Four people with groups of at most three make two pairs.
 */
export function groupCount(count: number, maxSize: number): number {
  if (count <= 0) return 0;
  return Math.max(1, Math.ceil(count / Math.max(1, maxSize)));
}

/**
 * Mixed groups ("gemengd"), as in the seed's tree of collaboration: municipalities and sides
 * spread over the groups, sizes differing by at most one. Pure and deterministic given
 * `random` (the server passes `ctx.random`, so the outcome is recorded in the event).
 *
 * How: the sizes are fixed first (the first `count % k` groups get one more). People are
 * shuffled, then the largest municipalities are placed first (they are the hardest to spread),
 * and each person goes to the open group with the fewest people of their municipality, then
 * the fewest people (so room stays spread for the municipalities that come later), then the
 * fewest of their own side.
 */
export function formMixedGroups(
  people: readonly GroupingPerson[],
  maxSize: number,
  random: () => number,
): string[][] {
  const k = groupCount(people.length, maxSize);
  if (k === 0) return [];
  const base = Math.floor(people.length / k);
  const extra = people.length % k;
  const capacity = Array.from({ length: k }, (_, i) => base + (i < extra ? 1 : 0));
  const towns = townNumbers(people);
  const seats = new Map(
    people.map((person) => [
      person,
      { person, town: towns.get(key(person)) ?? 0, formal: person.side === 'formal' },
    ]),
  );
  const groups: Seat[][] = Array.from({ length: k }, () => []);

  const bySize = new Map<string, number>();
  for (const p of people) bySize.set(key(p), (bySize.get(key(p)) ?? 0) + 1);
  const order = shuffle(people, random)
    .map((person, position) => ({ person, position }))
    .sort(
      (a, b) =>
        (bySize.get(key(b.person)) ?? 0) - (bySize.get(key(a.person)) ?? 0) ||
        key(a.person).localeCompare(key(b.person)) ||
        a.position - b.position,
    )
    .map((o) => seats.get(o.person)!);

  // Per group, how many of each municipality and of each side it holds, kept as people are
  // placed: scoring a group is then O(1). Municipalities are numbered and counted in one flat
  // array, so the 4 million group scores of a hall of 5,000 are arithmetic, not map look-ups.
  const townCount = Math.max(1, towns.size);
  const perTown = new Int32Array(k * townCount);
  const formal = new Int32Array(k);
  const sizes = new Int32Array(k);
  for (const seat of order) {
    // The group where this person adds the fewest of their own municipality, then the
    // smallest, then the one with fewest of their side (compared in that order, first wins).
    let best = -1;
    let bestTown = 0;
    let bestSize = 0;
    let bestSide = 0;
    for (let index = 0; index < k; index++) {
      const size = sizes[index]!;
      if (size >= capacity[index]!) continue;
      const same = perTown[index * townCount + seat.town]!;
      const sameSide = seat.formal ? formal[index]! : size - formal[index]!;
      const side = sameSide - (size - sameSide);
      if (
        best === -1 ||
        same < bestTown ||
        (same === bestTown && (size < bestSize || (size === bestSize && side < bestSide)))
      ) {
        best = index;
        bestTown = same;
        bestSize = size;
        bestSide = side;
      }
    }
    groups[best]!.push(seat);
    sizes[best]!++;
    perTown[best * townCount + seat.town]!++;
    if (seat.formal) formal[best]!++;
  }
  improveBySwaps(groups, townCount);
  return groups.map((members) => members.map((m) => m.person.id));
}

/** A person as grouping counts them: their municipality as a number, their side. */
interface Seat {
  readonly person: GroupingPerson;
  readonly town: number;
  readonly formal: boolean;
}

/** Municipalities numbered from 0 (people without one share a number). */
function townNumbers(people: readonly GroupingPerson[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const person of people)
    if (!numbers.has(key(person))) numbers.set(key(person), numbers.size);
  return numbers;
}

/**
 * Up to this many groups, every pair of groups is tried; beyond it (a hall), each group only
 * with the next {@link SWAP_WINDOW}: trying every pair of 800 groups is 300,000 pairs a pass,
 * seconds of a core, while the greedy placement already spreads municipalities and sides.
 */
const ALL_PAIRS_UP_TO = 40;
const SWAP_WINDOW = 12;
/** In a hall, a few passes: each one fixes most of what is left, and every pass costs alike. */
const HALL_PASSES = 3;

/**
 * Placing one person at a time can leave a group with three formal workers and one informal
 * while another has the opposite. Swapping two people between groups keeps the sizes; swaps
 * are made while they lower the total cost, so the result is never worse than the start.
 */
function improveBySwaps(groups: Seat[][], townCount: number): void {
  const cost = groupCost(townCount);
  const k = groups.length;
  const span = k <= ALL_PAIRS_UP_TO ? k : SWAP_WINDOW + 1;
  const passes = k <= ALL_PAIRS_UP_TO ? 50 : HALL_PASSES;
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (let g = 0; g < k; g++) {
      for (let step = 1; step < span; step++) {
        const h = k <= ALL_PAIRS_UP_TO ? g + step : (g + step) % k;
        if (h >= k || h === g) continue;
        if (trySwaps(groups[g] ?? [], groups[h] ?? [], cost)) improved = true;
      }
    }
    if (!improved) return;
  }
}

function trySwaps(a: Seat[], b: Seat[], cost: (members: readonly Seat[]) => number): boolean {
  let improved = false;
  // The pair's cost, kept up to date as swaps are made or undone.
  let before = cost(a) + cost(b);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const x = a[i]!;
      const y = b[j]!;
      if (x.formal === y.formal && x.town === y.town) continue;
      a[i] = y;
      b[j] = x;
      const after = cost(a) + cost(b);
      if (after < before) {
        improved = true;
        before = after;
      } else {
        a[i] = x;
        b[j] = y;
      }
    }
  }
  return improved;
}

/**
 * Colleagues from one municipality weigh most; then an uneven formal/informal split. Counted
 * in one scratch array by municipality number: a group is small, and this runs millions of
 * times for a hall, so it makes no map per call.
 */
function groupCost(townCount: number): (members: readonly Seat[]) => number {
  const counts = new Int32Array(townCount);
  return (members) => {
    let total = 0;
    let formal = 0;
    for (const m of members) {
      // A c-th colleague (c ≥ 2) adds 100 × ((c − 1)² − (c − 2)²) = 100 × (2c − 3).
      const c = ++counts[m.town]!;
      if (c > 1) total += 100 * (2 * c - 3);
      if (m.formal) formal++;
    }
    for (const m of members) counts[m.town] = 0;
    return total + (2 * formal - members.length) ** 2;
  };
}

/** People without a municipality count as one "municipality" of their own kind. */
function key(person: GroupingPerson): string {
  return person.partnershipId ?? '';
}

/** Fisher–Yates with the given source of randomness; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}
