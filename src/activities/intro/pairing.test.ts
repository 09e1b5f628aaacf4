import { describe, expect, it } from 'vitest';
import type { Side } from '../../domain/workshop/state.ts';
import { formGroups, pairKey, pairsIn, type Person } from './pairing.ts';
import { assignQuestions, questionsAsked } from './questions.ts';

/** The same small generator the workshop harness uses: tests never depend on Math.random. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

/** `n` people spread over five municipalities and both sides, shuffled by `seed`. */
function room(n: number, seed = 7): Person[] {
  const random = seeded(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `p${String(i).padStart(2, '0')}`,
    partnershipId: `m${Math.floor(random() * 5)}`,
    side: (random() < 0.5 ? 'formal' : 'informal') as Side,
  }));
}

function metBefore(history: readonly (readonly string[])[]): Set<string> {
  return new Set(history.flatMap((g) => pairsIn(g).map(([a, b]) => pairKey(a, b))));
}

/**
 * An independent, exhaustive answer to "is there a grouping without repeats?": the first free
 * person must join a pair or (once, for an odd count) a trio of people who never met.
 */
function repeatFreeExists(ids: readonly string[], met: ReadonlySet<string>): boolean {
  const n = ids.length;
  const full = (1 << n) - 1;
  const ok = (a: number, b: number) => !met.has(pairKey(ids[a]!, ids[b]!));
  const memo = new Map<number, boolean>();
  const go = (mask: number, trioLeft: boolean): boolean => {
    if (mask === full) return true;
    const key = mask * 2 + (trioLeft ? 1 : 0);
    const known = memo.get(key);
    if (known !== undefined) return known;
    let i = 0;
    while (mask & (1 << i)) i++;
    const free: number[] = [];
    for (let j = i + 1; j < n; j++) if (!(mask & (1 << j)) && ok(i, j)) free.push(j);
    const left = n - popcount(mask);
    let found = false;
    if (!(trioLeft && left === 3))
      found = free.some((j) => go(mask | (1 << i) | (1 << j), trioLeft));
    if (!found && trioLeft)
      found = free.some((j) =>
        free.some((k) => k > j && ok(j, k) && go(mask | (1 << i) | (1 << j) | (1 << k), false)),
      );
    memo.set(key, found);
    return found;
  };
  return go(0, n % 2 === 1);
}

function popcount(x: number): number {
  let count = 0;
  for (let v = x; v; v &= v - 1) count++;
  return count;
}

function sameCounts(groups: readonly (readonly string[])[], people: readonly Person[]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  let municipality = 0;
  let side = 0;
  for (const [a, b] of groups.flatMap((g) => pairsIn(g))) {
    if (byId.get(a)!.partnershipId === byId.get(b)!.partnershipId) municipality++;
    if (byId.get(a)!.side === byId.get(b)!.side) side++;
  }
  return { municipality, side };
}

describe('intro pairing', () => {
  it('is deterministic for a given seed, and varies with the seed', () => {
    const people = room(11);
    const a = formGroups(people, [], seeded(42));
    const b = formGroups(people, [], seeded(42));
    expect(a).toEqual(b);
    const others = [1, 2, 3, 4, 5].map((s) => JSON.stringify(formGroups(people, [], seeded(s))));
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it('gives no grouping to zero or one person', () => {
    expect(formGroups([], [], seeded(1))).toEqual([]);
    expect(formGroups(room(1), [], seeded(1))).toEqual([]);
  });

  it('forms one pair of two people and one trio of three, even when they met before', () => {
    const two = room(2);
    expect(formGroups(two, [['p00', 'p01']], seeded(1))).toHaveLength(1);
    const three = room(3);
    const [trio] = formGroups(three, [['p00', 'p01', 'p02']], seeded(1));
    expect([...trio!].sort()).toEqual(['p00', 'p01', 'p02']);
  });

  it('places everyone exactly once, makes exactly one trio for an odd count, and never repeats while it can avoid it (n = 2..20, many rounds)', () => {
    const seen = { avoidable: 0, unavoidable: 0 };
    for (let n = 2; n <= 20; n++) {
      const people = room(n, n);
      const ids = people.map((p) => p.id);
      const random = seeded(1000 + n);
      const history: string[][] = [];
      for (let round = 1; round <= n + 1; round++) {
        const avoidable = repeatFreeExists(ids, metBefore(history));
        seen[avoidable ? 'avoidable' : 'unavoidable']++;
        const groups = formGroups(people, history, random);
        const label = `n=${n} round=${round}`;
        expect(groups.flat().sort(), label).toEqual([...ids].sort());
        const sizes = groups.map((g) => g.length);
        expect(sizes.filter((s) => s === 3).length, label).toBe(n % 2);
        expect(
          sizes.every((s) => s === 2 || s === 3),
          label,
        ).toBe(true);
        if (avoidable) {
          const met = metBefore(history);
          const repeats = groups
            .flatMap((g) => pairsIn(g))
            .filter(([a, b]) => met.has(pairKey(a, b)));
          expect(repeats, label).toEqual([]);
        }
        history.push(...groups);
      }
    }
    // Both cases really occur: rounds run until people have met (nearly) everyone.
    expect(seen.avoidable).toBeGreaterThan(100);
    expect(seen.unavoidable).toBeGreaterThan(10);
  });

  it('pairs across municipality and side far more often than random pairing', () => {
    let ours = { municipality: 0, side: 0 };
    let chance = { municipality: 0, side: 0 };
    for (let seed = 1; seed <= 60; seed++) {
      const people = room(19, seed);
      const mine = sameCounts(formGroups(people, [], seeded(seed)), people);
      // Random pairing: shuffle, then take people two by two (the last three together).
      const random = seeded(seed + 500);
      const shuffled = [...people].sort(() => random() - 0.5).map((p) => p.id);
      const naive: string[][] = [];
      for (let i = 0; i + 3 < shuffled.length; i += 2) naive.push(shuffled.slice(i, i + 2));
      naive.push(shuffled.slice(shuffled.length - 3));
      const theirs = sameCounts(naive, people);
      ours = {
        municipality: ours.municipality + mine.municipality,
        side: ours.side + mine.side,
      };
      chance = {
        municipality: chance.municipality + theirs.municipality,
        side: chance.side + theirs.side,
      };
    }
    expect(ours.municipality).toBeLessThan(chance.municipality * 0.25);
    expect(ours.side).toBeLessThan(chance.side * 0.6);
  });

  it('only uses the people given (those absent are left out, their history ignored)', () => {
    const people = room(6);
    const present = people.filter((p) => p.id !== 'p02' && p.id !== 'p04');
    const groups = formGroups(present, [['p02', 'p03']], seeded(3));
    expect(groups.flat().sort()).toEqual(['p00', 'p01', 'p03', 'p05']);
  });
});

describe('intro questions', () => {
  const questions = ['A', 'B', 'C', 'D'];

  it('gives neighbouring conversations different questions', () => {
    const groups = Array.from({ length: 7 }, (_, i) => [`x${i}`, `y${i}`]);
    const chosen = assignQuestions(groups, questions, new Map(), 0);
    for (let i = 1; i < chosen.length; i++) expect(chosen[i]).not.toBe(chosen[i - 1]);
    expect(assignQuestions(groups, ['Only'], new Map(), 0)).toEqual(Array(7).fill('Only'));
  });

  it('avoids a question someone in the conversation had before, where possible', () => {
    const asked = questionsAsked([
      { members: ['anna', 'x'], question: 'A' },
      { members: ['bram', 'y'], question: 'B' },
    ]);
    const [first] = assignQuestions([['anna', 'bram']], questions, asked, 0);
    expect(first).toBe('C');
    const allHad = questionsAsked(questions.map((q) => ({ members: ['anna'], question: q })));
    expect(assignQuestions([['anna', 'bram']], questions, allHad, 1)).toHaveLength(1);
  });

  it('walks the list from the offset, so later rounds start further on', () => {
    expect(assignQuestions([['a', 'b']], questions, new Map(), 2)).toEqual(['C']);
    expect(assignQuestions([['a', 'b']], questions, new Map(), 5)).toEqual(['B']);
  });
});
