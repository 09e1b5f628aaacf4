import type { z } from 'zod';
import type { ErrorParams } from './errors.ts';
import { own } from './ids.ts';

/**
 * Why a value was refused, as a code the client translates per field ("the note is 40
 * characters too long"), instead of one sentence for every mistake.
 */
export const VALIDATION_REASONS = [
  'required',
  'empty',
  'tooShort',
  'tooLong',
  'tooFew',
  'tooMany',
  'invalidCharacters',
  'invalid',
] as const;
export type ValidationReason = (typeof VALIDATION_REASONS)[number];

/** The params of a `WP_ERR_VALIDATION` made from a zod issue (`limit` only for lengths). */
export type ValidationParams = ErrorParams & {
  readonly field: string;
  readonly reason: ValidationReason;
};

/** Maps one zod issue onto the field it is about and a reason code (see docs/protocol.md). */
export function validationParams(issue: z.core.$ZodIssue, input: unknown): ValidationParams {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'too_big': {
      const limit = Number(issue.maximum);
      return { field, reason: issue.origin === 'array' ? 'tooMany' : 'tooLong', limit };
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'array') return { field, reason: 'tooFew', limit };
      // Text is trimmed first: "   " is refused as empty, not as "too short by one".
      return limit <= 1 ? { field, reason: 'empty' } : { field, reason: 'tooShort', limit };
    }
    case 'invalid_format':
      return { field, reason: issue.format === 'regex' ? 'invalidCharacters' : 'invalid' };
    case 'invalid_type':
      return { field, reason: valueAt(input, issue.path) === undefined ? 'required' : 'invalid' };
    default:
      return { field, reason: 'invalid' };
  }
}

/** The raw value at a zod path, read with own-property checks (paths come from input). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = own(value as Record<string, unknown>, String(key));
  }
  return value;
}
