import { describe, expect, it } from 'vitest';
import type { Participant, Partnership } from '../../domain/workshop/state.ts';
import { hostCounts, pairingOrder, roundRobin } from './pairing.ts';

describe('consultation: the round-robin suggestion', () => {
  it('lets partnership i visit partnership i + 1, and the last the first', () => {
    expect(roundRobin(['a', 'b', 'c'])).toEqual({ a: 'b', b: 'c', c: 'a' });
    expect(roundRobin(['a', 'b'])).toEqual({ a: 'b', b: 'a' });
  });

  it('makes no visits for fewer than two partnerships', () => {
    expect(roundRobin([])).toEqual({});
    expect(roundRobin(['a'])).toEqual({});
  });

  it('for any number, every partnership visits once and hosts once, never itself', () => {
    for (let n = 2; n <= 40; n++) {
      const ids = Array.from({ length: n }, (_, i) => `p${i}`);
      const visits = roundRobin(ids);
      expect(Object.keys(visits).sort()).toEqual([...ids].sort());
      expect(Object.values(visits).sort()).toEqual([...ids].sort());
      for (const [visitor, host] of Object.entries(visits)) expect(host).not.toBe(visitor);
      expect([...hostCounts(visits).values()].every((c) => c === 1)).toBe(true);
    }
  });
});

describe('consultation: who is paired', () => {
  const partnership = (id: string, municipality: string): Partnership => ({
    id,
    municipality,
    formalOrganisation: '',
    informalOrganisation: '',
  });
  const person = (id: string, partnershipId: string | null, removed = false): Participant => ({
    id,
    displayName: id,
    partnershipId,
    side: 'formal',
    language: 'nl',
    joinedAt: 0,
    removed,
  });
  const partnerships = {
    u: partnership('u', 'Utrecht'),
    d: partnership('d', 'Dordrecht'),
    h: partnership('h', 'Den Haag'),
    z: partnership('z', 'Zuidplas'),
  };

  it('orders by municipality and leaves out partnerships nobody came for', () => {
    const participants = {
      a: person('a', 'u'),
      b: person('b', 'h'),
      c: person('c', 'z', true),
      g: person('g', null),
    };
    expect(pairingOrder(partnerships, participants)).toEqual(['h', 'u']);
  });

  it('pairs every partnership while fewer than two have people', () => {
    expect(pairingOrder(partnerships, { a: person('a', 'u') })).toEqual(['h', 'd', 'u', 'z']);
  });
});
