import { z } from 'zod';

/**
 * Join codes only *locate* a workshop; they are not a secret. They avoid characters people
 * confuse when reading from a projector or typing on a phone (0/O, 1/I/L, 5/S, 2/Z, 8/B).
 */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;

/** Build a code from a source of random integers in [0, n) (randomness is passed in). */
export function makeJoinCode(randomInt: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

/** Accepts what people type: lower case, spaces, dashes. Returns null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '');
  if (cleaned.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of cleaned) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return cleaned;
}

/** "KD7-M3X": two halves read more easily from the back of a room. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/**
 * Names an id may never be: every property name of `Object.prototype` (`__proto__`,
 * `constructor`, `toString`, …) and `prototype`. State keeps records keyed by id, so such an id
 * would reach an inherited member instead of a record (or change an object's prototype).
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

/**
 * Ids are opaque strings made by the server (see `ctx.newId`). They are data, never property
 * names: the reserved names above are refused like any other malformed id.
 */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  .refine((id) => !RESERVED_IDS.has(id), { message: 'reserved name' });

/** A client-chosen key that makes a command idempotent. */
export const clientActionIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** An own property of a record, or undefined: ids are data, never inherited property names. */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
