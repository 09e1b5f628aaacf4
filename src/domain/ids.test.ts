import { describe, expect, it } from 'vitest';
import { formatJoinCode, JOIN_CODE_ALPHABET, makeJoinCode, normalizeJoinCode } from './ids.ts';

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
