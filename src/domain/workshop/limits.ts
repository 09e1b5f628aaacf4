import { z } from 'zod';

/**
 * Text limits shared by every form and every command. Short enough for a phone screen and a
 * projector line, long enough for the seed's longest items.
 */
export const LIMITS = {
  displayName: 60,
  title: 200,
  municipality: 80,
  organisation: 120,
  venue: 200,
  /** The facilitator's words on the closing screen. */
  closingText: 1000,
  /** The prose of one report section: a few pages. */
  reportText: 20_000,
  /** People waiting at a closed door at once; more is someone flooding the list. */
  waitingList: 200,
  noteText: 500,
  /** A programme block's notes for the facilitators. */
  blockNotes: 2000,
  email: 200,
  password: 200,
  /** Whole command message, checked before parsing. */
  commandBytes: 64 * 1024,
} as const;

/** Trimmed text with a minimum and maximum length (control characters are refused). */
export function text(max: number, min = 1) {
  return z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        // Control characters break layouts and exports; newlines (and tabs, made spaces) pass.
        // eslint-disable-next-line no-control-regex -- matching control characters is the point
        .regex(/^[^\u0000-\u0009\u000B-\u001F\u007F]*$/u),
    );
}

export const isoDateSchema = z.iso.date();
