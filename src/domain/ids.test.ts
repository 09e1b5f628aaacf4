import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  formatJoinCode,
  idSchema,
  JOIN_CODE_ALPHABET,
  makeJoinCode,
  normalizeJoinCode,
} from './ids.ts';

describe('join codes', () => {
  it('avoid characters people confuse', () => {
    for (const ch of '0O1IL5S2Z8B') expect(JOIN_CODE_ALPHABET).not.toContain(ch);
  });
  it('accept what people type and show in two halves', () => {
    let i = 0;
    const code = makeJoinCode((n) => i++ % n);
    expect(normalizeJoinCode(` ${formatJoinCode(code).toLowerCase()} `)).toBe(code);
    expect(normalizeJoinCode('ABC')).toBeNull();
    expect(normalizeJoinCode('OOOOOO')).toBeNull();
  });
});

describe('ids', () => {
  it('accept what the server makes', () => {
    expect(idSchema.safeParse('qe9INRzzLW9fk4Nt').success).toBe(true);
    expect(idSchema.safeParse('a_b-C').success).toBe(true);
  });

  it('refuse every property name of Object.prototype, and prototype', () => {
    const names = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];
    expect(names).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString']));
    for (const name of names) expect(idSchema.safeParse(name).success, name).toBe(false);
  });

  it('still refuse what never looked like an id', () => {
    for (const bad of ['', 'a b', 'a/b', 'x'.repeat(65)])
      expect(idSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('refuse a reserved name wherever a schema uses an id (nullable, in arrays)', () => {
    expect(idSchema.nullable().safeParse('__proto__').success).toBe(false);
    expect(z.array(idSchema).safeParse(['ok', 'hasOwnProperty']).success).toBe(false);
    expect(z.object({ id: idSchema }).safeParse({ id: 'valueOf' }).success).toBe(false);
  });
});
