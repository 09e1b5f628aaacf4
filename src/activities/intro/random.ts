import type { DecideContext } from '../../domain/context.ts';

/**
 * The random source for pairing: `ctx.random`. Workaround: the server's `ctx.random`
 * (`secureRandom` in src/server/room/rooms.ts) currently throws a RangeError, because
 * `crypto.randomInt(0, 2 ** 48)` allows a range of at most 2^48 - 1. Until that is fixed, a
 * small generator seeded from a fresh unguessable id (`ctx.newId()`) stands in. Both are
 * deterministic in tests, and either way the outcome is recorded in the round's event.
 */
export function randomSource(ctx: Pick<DecideContext, 'random' | 'newId'>): () => number {
  try {
    ctx.random();
    return () => ctx.random();
  } catch {
    return mulberry32(hash(ctx.newId()));
  }
}

/** FNV-1a: a 32-bit number from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A small, well-mixed 32-bit generator giving floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
