import { describe, expect, it } from 'vitest';
import { text } from './limits.ts';

describe('text limits', () => {
  const note = text(20);
  it('trims, turns Windows line ends into \\n and tabs into spaces', () => {
    expect(note.parse('  a\r\nb\tc  ')).toBe('a\nb c');
  });
  it('refuses empty, too long and control characters', () => {
    expect(note.safeParse('   ').success).toBe(false);
    expect(note.safeParse('x'.repeat(21)).success).toBe(false);
    expect(note.safeParse('a\u0007b').success).toBe(false);
  });
});
