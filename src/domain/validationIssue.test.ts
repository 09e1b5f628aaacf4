import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parse } from './engine.ts';
import { DomainError } from './errors.ts';
import { LIMITS, text } from './workshop/limits.ts';

const schema = z.object({
  text: text(LIMITS.noteText),
  strengths: z.array(z.string()).max(2).optional(),
  category: z.enum(['strength', 'caveat']).optional(),
});

function refusedWith(input: unknown) {
  try {
    parse(schema, input);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, params: error.params };
  }
  throw new Error('not refused');
}

describe('validation errors name the field and the reason', () => {
  it('given text over the limit, then the reason is tooLong with the limit', () => {
    expect(refusedWith({ text: 'x'.repeat(501) })).toEqual({
      code: 'WP_ERR_VALIDATION',
      params: { field: 'text', reason: 'tooLong', limit: 500 },
    });
  });

  it('tells empty, missing, control characters, too many and an unknown option apart', () => {
    expect(refusedWith({ text: '   ' }).params).toEqual({ field: 'text', reason: 'empty' });
    expect(refusedWith({}).params).toEqual({ field: 'text', reason: 'required' });
    expect(refusedWith({ text: 42 }).params).toEqual({ field: 'text', reason: 'invalid' });
    expect(refusedWith({ text: 'a\u0000b' }).params).toEqual({
      field: 'text',
      reason: 'invalidCharacters',
    });
    expect(refusedWith({ text: 'a', strengths: ['1', '2', '3'] }).params).toEqual({
      field: 'strengths',
      reason: 'tooMany',
      limit: 2,
    });
    expect(refusedWith({ text: 'a', category: 'x' }).params).toEqual({
      field: 'category',
      reason: 'invalid',
    });
  });
});
