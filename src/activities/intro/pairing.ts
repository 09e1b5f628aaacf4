import type { Side } from '../../domain/workshop/state.ts';

/**
 * Pairing for the introduction round: who talks with whom. Pure and deterministic given
 * `random`, so the server decides once and the outcome is recorded in the round's event.
 *
 * Goals, most important first: everyone takes part (an odd count makes exactly one trio);
 * nobody meets someone they already met while a grouping without repeats exists; people meet
 * someone from another municipality, and from the other side (formal/informal).
 */
export interface Person {
  readonly id: string;
  readonly partnershipId: string | null;
  readonly side: Side;
}

/** A repeat outweighs any number of soft preferences; municipality weighs more than side. */
export const COST = { repeat: 1000, sameMunicipality: 3, sameSide: 2 } as const;

/** The cost of putting `a` and `b` together, given how often they met before. */
export function pairCost(a: Person, b: Person, timesMet: number): number {
  const sameMunicipality = a.partnershipId !== null && a.partnershipId === b.partnershipId;
  return (
    timesMet * COST.repeat +
    (sameMunicipality ? COST.sameMunicipality : 0) +
    (a.side === b.side ? COST.sameSide : 0)
  );
}

/** Every two people in a group (a trio holds three such pairs). */
export function pairsIn<T>(group: readonly T[]): [T, T][] {
  const pairs: [T, T][] = [];
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) pairs.push([group[i]!, group[j]!]);
  return pairs;
}

/** A stable key for two people, in either order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Forms this round's groups (pairs, and one trio when the count is odd) from `people`, given
 * the groups of earlier rounds. Fewer than two people cannot talk: the result is empty.
 */
export function formGroups(
  people: readonly Person[],
  history: readonly (readonly string[])[],
  random: () => number,
): string[][] {
  if (people.length < 2) return [];
  // Shuffling first makes equally good groupings differ from round to round.
  const order = shuffle(people, random);
  const costs = costMatrix(order, history);
  const found =
    search(costs, false) ?? search(costs, true) ?? order.map((_, i) => i).map((i) => [i]);
  return polish(found, costs).map((group) => group.map((i) => order[i]!.id));
}

interface Costs {
  readonly n: number;
  /** Full cost of each pair, repeats included. */
  readonly cost: readonly (readonly number[])[];
  readonly met: readonly (readonly number[])[];
}

function costMatrix(people: readonly Person[], history: readonly (readonly string[])[]): Costs {
  const index = new Map(people.map((p, i) => [p.id, i]));
  const met = people.map(() => people.map(() => 0));
  for (const group of history) {
    for (const [a, b] of pairsIn(group)) {
      const i = index.get(a);
      const j = index.get(b);
      if (i === undefined || j === undefined) continue; // someone not here this round
      met[i]![j]! += 1;
      met[j]![i]! += 1;
    }
  }
  const cost = people.map((a, i) => people.map((b, j) => pairCost(a, b, met[i]![j]!)));
  return { n: people.length, cost, met };
}

/**
 * Branch and bound over groupings. With `allowRepeats` false only pairs who never met are
 * used; null then means none was found (there is none, or the search budget ran out). The
 * person with the fewest possible partners is placed first, which finds a grouping quickly
 * when one exists and proves quickly that none does when people have met almost everyone.
 */
function search({ n, cost, met }: Costs, allowRepeats: boolean): number[][] | null {
  const budget = Math.max(2000, Math.floor(4_000_000 / (n * n)));
  const free = Array.from({ length: n }, () => true);
  const chosen: number[][] = [];
  let nodes = 0;
  let best: number[][] | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  const ok = (i: number, j: number) => allowRepeats || met[i]![j] === 0;
  const c = (i: number, j: number) => cost[i]![j]!;

  const take = (group: number[], groupCost: number, total: number, left: number, trio: boolean) => {
    for (const i of group) free[i] = false;
    chosen.push(group);
    visit(total + groupCost, left - group.length, trio);
    chosen.pop();
    for (const i of group) free[i] = true;
  };

  function visit(total: number, left: number, trioLeft: boolean): void {
    if (++nodes > budget || total >= bestCost) return;
    if (left === 0) {
      best = chosen.map((g) => [...g]);
      bestCost = total;
      return;
    }
    // Most constrained person first; each person's cheapest partner gives a lower bound.
    let pick = -1;
    let fewest = Number.POSITIVE_INFINITY;
    let bound = 0;
    for (let i = 0; i < n; i++) {
      if (!free[i]) continue;
      let degree = 0;
      let cheapest = Number.POSITIVE_INFINITY;
      for (let j = 0; j < n; j++) {
        if (j === i || !free[j] || !ok(i, j)) continue;
        degree++;
        cheapest = Math.min(cheapest, c(i, j));
      }
      if (degree === 0) return;
      bound += cheapest;
      if (degree < fewest) [fewest, pick] = [degree, i];
    }
    if (total + bound / 2 >= bestCost) return;

    free[pick] = false;
    const partners: number[] = [];
    for (let j = 0; j < n; j++) if (free[j] && ok(pick, j)) partners.push(j);
    partners.sort((a, b) => c(pick, a) - c(pick, b)); // stable: ties keep the shuffled order
    free[pick] = true;
    // The trio is formed by the last three, unless a better grouping needs it earlier.
    if (!(trioLeft && left === 3))
      for (const j of partners) take([pick, j], c(pick, j), total, left, trioLeft);
    if (!trioLeft) return;
    for (let a = 0; a < partners.length; a++) {
      for (let b = a + 1; b < partners.length; b++) {
        const [j, k] = [partners[a]!, partners[b]!];
        if (ok(j, k)) take([pick, j, k], c(pick, j) + c(pick, k) + c(j, k), total, left, false);
      }
    }
  }

  visit(0, n, n % 2 === 1);
  return best;
}

/** Swaps people between groups while that lowers the total cost (after a budget-cut search). */
function polish(groups: readonly number[][], { cost }: Costs): number[][] {
  const result = groups.map((g) => [...g]);
  const groupCost = (g: readonly number[]) =>
    pairsIn(g).reduce((sum, [i, j]) => sum + cost[i]![j]!, 0);
  for (let pass = 0, improved = true; improved && pass < 20; pass++) {
    improved = false;
    for (let a = 0; a < result.length; a++) {
      for (let b = a + 1; b < result.length; b++) {
        const [ga, gb] = [result[a]!, result[b]!];
        for (let x = 0; x < ga.length; x++) {
          for (let y = 0; y < gb.length; y++) {
            const before = groupCost(ga) + groupCost(gb);
            [ga[x], gb[y]] = [gb[y]!, ga[x]!];
            if (groupCost(ga) + groupCost(gb) < before) improved = true;
            else [ga[x], gb[y]] = [gb[y]!, ga[x]!];
          }
        }
      }
    }
  }
  return result;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
