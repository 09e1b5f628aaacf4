import { RESERVED_IDS } from '../ids.ts';
import { LIMITS } from '../workshop/limits.ts';

/**
 * Co-edited text fields (docs/activity-contract.md, "Co-edited text fields"): a kind declares
 * once which fields a document has and what its command and events are called; the core then
 * gives it the command schema (schema.ts), the folding of edits in `decide` and `evolve`
 * (decide.ts, doc.ts), readers for views and reports (yjsDoc.ts) and, in the browser, a hook
 * and a field (src/ui/coedit). This file is loaded eagerly by browsers: no Yjs here.
 */

/** The names a kind gives its co-editing command and events (they are stored in its log). */
export interface CoEditNames {
  /** The command's id field naming which document is edited, e.g. `partnershipId`. */
  readonly key: string;
  /** The command a phone sends with its edits, e.g. `editPrep`. */
  readonly command: string;
  /** The event that records one edit as sent, e.g. `prepEdited`. */
  readonly edited: string;
  /** The event that folds the edits so far into one update, e.g. `prepCompacted`. */
  readonly compacted: string;
}

export interface CoEditLimits {
  /** Largest update one command may carry, in bytes (before base64). */
  readonly updateBytes: number;
  /** Largest whole document (base and edits merged), in bytes. */
  readonly docBytes: number;
  /**
   * Longest a field may grow, in UTF-16 code units: what a textarea's `maxLength` counts.
   * An edit that makes a field longer than this is refused; one that shortens it never is.
   */
  readonly fieldChars: number;
  /** How many edits a document collects before the server folds them into its base. */
  readonly compactEvery: number;
}

export const COEDIT_LIMITS: CoEditLimits = {
  // A quarter of the largest command message: base64 adds a third, the rest is the envelope.
  updateBytes: LIMITS.commandBytes / 4,
  // Beyond this a group has typed (and deleted) a small book; merged updates keep deleted text.
  docBytes: 256 * 1024,
  // A page of text, as much as a programme block's notes.
  fieldChars: LIMITS.blockNotes,
  // Keeps a view's list of edits short, while each edit still patches in on its own.
  compactEvery: 32,
};

export interface CoEditSpec<F extends string = string, N extends CoEditNames = CoEditNames> {
  /** The document's text fields, in the order screens show them. */
  readonly fields: readonly F[];
  readonly names: N;
  readonly limits: CoEditLimits;
}

/**
 * Field names are Yjs root names and keys of plain records (`texts`), and travel in
 * "someone is editing" signals: short identifiers, never a name `Object.prototype` has.
 */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

/** Declares a co-edited document. Throws at start-up on a field name that is not allowed. */
export function coEditSpec<const F extends string, const N extends CoEditNames>(spec: {
  readonly fields: readonly F[];
  readonly names: N;
  readonly limits?: Partial<CoEditLimits>;
}): CoEditSpec<F, N> {
  for (const field of spec.fields)
    if (!FIELD_NAME.test(field) || RESERVED_IDS.has(field))
      throw new Error(`co-edited field name not allowed: ${field}`);
  if (new Set(spec.fields).size !== spec.fields.length)
    throw new Error('co-edited field names must differ');
  return {
    fields: [...spec.fields],
    names: spec.names,
    limits: { ...COEDIT_LIMITS, ...spec.limits },
  };
}

/** Whether `name` is one of the document's fields (false for `__proto__` and other strangers). */
export function isField<F extends string>(spec: CoEditSpec<F>, name: string): name is F {
  return (spec.fields as readonly string[]).includes(name);
}

type KeyOf<S extends CoEditSpec> = { readonly [P in S['names']['key']]: string };

/** The command a phone sends: `{ type: 'editPrep', partnershipId, update }`. */
export type EditCommandOf<S extends CoEditSpec> = {
  readonly type: S['names']['command'];
  /** A Yjs update, base64. */
  readonly update: string;
} & KeyOf<S>;

/** One edit, as sent: `{ type: 'prepEdited', partnershipId, update }`. */
export type EditedEventOf<S extends CoEditSpec> = {
  readonly type: S['names']['edited'];
  readonly update: string;
} & KeyOf<S>;

/** The base and the edits so far, folded into one update: `{ type: 'prepCompacted', … }`. */
export type CompactedEventOf<S extends CoEditSpec> = {
  readonly type: S['names']['compacted'];
  readonly update: string;
} & KeyOf<S>;

export type CoEditEventOf<S extends CoEditSpec> = EditedEventOf<S> | CompactedEventOf<S>;
