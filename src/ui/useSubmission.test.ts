import { describe, expect, it } from 'vitest';
import { failureOf } from './useSubmission.ts';

describe('failureOf', () => {
  it('reads a SendResult', () => {
    expect(failureOf({ ok: true })).toBeNull();
    expect(failureOf({ ok: false, message: 'Refused' })).toBe('Refused');
  });

  it('reads what the console forms resolve with: a message, or null when done', () => {
    expect(failureOf('Refused')).toBe('Refused');
    expect(failureOf(null)).toBeNull();
  });
});
