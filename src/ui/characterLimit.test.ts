import { describe, expect, it } from 'vitest';
import { characterLimit, nearAt } from './characterLimit.ts';

describe('character limits', () => {
  it('given a note of 460 characters out of 500, then it is near with 40 left', () => {
    expect(characterLimit('a'.repeat(460), 500)).toEqual({
      used: 460,
      max: 500,
      left: 40,
      stage: 'near',
    });
  });

  it('speaks up from 10 % of the limit, at least 10 characters before it', () => {
    expect(nearAt(500)).toBe(50);
    expect(nearAt(2000)).toBe(200);
    expect(nearAt(60)).toBe(10);
    expect(characterLimit('a'.repeat(449), 500).stage).toBe('ok');
    expect(characterLimit('a'.repeat(450), 500).stage).toBe('near');
    expect(characterLimit('a'.repeat(500), 500).stage).toBe('near');
  });

  it('given 5,000 pasted characters, then it is over by 4,500', () => {
    expect(characterLimit('b'.repeat(5000), 500)).toMatchObject({ left: -4500, stage: 'over' });
    expect(characterLimit('b'.repeat(501), 500)).toMatchObject({ left: -1, stage: 'over' });
  });

  it('counts what the server counts: trimmed, Windows line ends as one; raw for co-edited text', () => {
    expect(characterLimit(`  ${'a'.repeat(500)}  `, 500).stage).toBe('near');
    expect(characterLimit('a\r\nb', 500).used).toBe(3);
    expect(characterLimit(`${'a'.repeat(500)}  `, 500, { trim: false }).stage).toBe('over');
  });
});
