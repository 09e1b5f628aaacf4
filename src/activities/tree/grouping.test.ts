import { describe, expect, it } from 'vitest';
import type { Side } from '../../domain/workshop/state.ts';
import { formMixedGroups, groupCount, shuffle, type GroupingPerson } from './grouping.ts';

/** A seeded generator, as the harness and the server pass through ctx.random. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

/** `count` people per municipality, sides alternating. */
function room(municipalities: Record<string, number>): GroupingPerson[] {
  return Object.entries(municipalities).flatMap(([m, count]) =>
    Array.from({ length: count }, (_, i) => ({
      id: `${m}-${i}`,
      partnershipId: m,
      side: (i % 2 === 0 ? 'formal' : 'informal') as Side,
    })),
  );
}

const sizes = (groups: string[][]) => groups.map((g) => g.length);

describe('tree grouping: mixed groups', () => {
  it('uses the fewest groups that keep each group at most groupSize', () => {
    expect(groupCount(0, 4)).toBe(0);
    expect(groupCount(3, 4)).toBe(1);
    expect(groupCount(4, 3)).toBe(2);
    expect(groupCount(19, 4)).toBe(5);
    expect(groupCount(8, 4)).toBe(2);
  });

  it('makes groups whose sizes differ by at most one, and places everyone exactly once', () => {
    for (const [n, size] of [
      [19, 4],
      [7, 3],
      [10, 8],
      [4, 3],
      [1, 4],
    ] as const) {
      const people = room({ a: Math.ceil(n / 2), b: Math.floor(n / 2) });
      const groups = formMixedGroups(people, size, seeded(7));
      expect(groups).toHaveLength(groupCount(n, size));
      expect(Math.max(...sizes(groups)) - Math.min(...sizes(groups))).toBeLessThanOrEqual(1);
      expect(Math.max(...sizes(groups))).toBeLessThanOrEqual(size);
      expect(groups.flat().sort()).toEqual(people.map((p) => p.id).sort());
    }
  });

  it('spreads municipalities and sides: the seed room (19 people, 5 municipalities) in groups of 4', () => {
    const people = room({ dordrecht: 4, utrecht: 4, zaanstad: 4, zuidplas: 3, denhaag: 4 });
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      checkSpread(formMixedGroups(people, 4, seeded(seed)));
    }
    function checkSpread(groups: string[][]) {
      expect(sizes(groups).sort()).toEqual([3, 4, 4, 4, 4]);
      for (const group of groups) {
        const members = group.map((id) => byId.get(id)!);
        // Five groups, at most four of one municipality: nobody meets a colleague twice over.
        const perTown = new Map<string, number>();
        for (const m of members)
          perTown.set(m.partnershipId!, (perTown.get(m.partnershipId!) ?? 0) + 1);
        expect(Math.max(...perTown.values())).toBe(1);
        const formal = members.filter((m) => m.side === 'formal').length;
        expect(Math.abs(formal - (members.length - formal))).toBeLessThanOrEqual(1);
      }
    }
  });

  it('mixes four people of two municipalities into two pairs of one each, one of each side', () => {
    const people: GroupingPerson[] = [
      { id: 'anna', partnershipId: 'utrecht', side: 'formal' },
      { id: 'bilal', partnershipId: 'zaanstad', side: 'informal' },
      { id: 'carla', partnershipId: 'zaanstad', side: 'formal' },
      { id: 'dirk', partnershipId: 'utrecht', side: 'informal' },
    ];
    for (const seed of [1, 2, 3, 42]) {
      const groups = formMixedGroups(people, 3, seeded(seed));
      expect(sizes(groups)).toEqual([2, 2]);
      for (const group of groups) {
        const members = group.map((id) => people.find((p) => p.id === id)!);
        expect(new Set(members.map((m) => m.partnershipId)).size).toBe(2);
        expect(new Set(members.map((m) => m.side)).size).toBe(2);
      }
    }
  });

  it('is deterministic given the random source, and varies with it', () => {
    const people = room({ a: 5, b: 5, c: 2 });
    expect(formMixedGroups(people, 4, seeded(9))).toEqual(formMixedGroups(people, 4, seeded(9)));
    const outcomes = new Set(
      [1, 2, 3, 4, 5, 6].map((s) => JSON.stringify(formMixedGroups(people, 4, seeded(s)))),
    );
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('copes with nobody, and with people without a municipality', () => {
    expect(formMixedGroups([], 4, seeded(1))).toEqual([]);
    const people: GroupingPerson[] = [
      { id: 'x', partnershipId: null, side: 'formal' },
      { id: 'y', partnershipId: null, side: 'informal' },
      { id: 'z', partnershipId: 'a', side: 'formal' },
    ];
    expect(formMixedGroups(people, 8, seeded(1)).flat().sort()).toEqual(['x', 'y', 'z']);
  });

  it('shuffles without losing or repeating anyone', () => {
    const list = ['a', 'b', 'c', 'd', 'e'];
    expect(shuffle(list, seeded(5)).sort()).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c', 'd', 'e']); // the input is left alone
  });
});
