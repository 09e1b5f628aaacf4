import * as Y from 'yjs';
import { ensure } from '../errors.ts';
import { base64Bytes, docKeyOf, fromBase64, toBase64, type CoDoc } from './doc.ts';
import type { CoEditEventOf, CoEditSpec, EditCommandOf } from './spec.ts';
import { compactUpdate, mergedUpdate } from './yjsDoc.ts';

/**
 * The server's half of co-editing: deciding an edit and compacting a document as it is shared.
 * Named `decide.ts` so the browser build replaces it with a stub (vite.config.ts): a kind's
 * `decide` and `evolve` may call it, and browsers run neither. Yjs is loaded here.
 */

/** The length of every field the document has, by root name. */
function lengths(ydoc: Y.Doc): Map<string, number> {
  return new Map([...ydoc.share.keys()].map((name) => [name, ydoc.getText(name).length]));
}

/**
 * What changes when `bytes` is applied to the document, or null when the bytes are no Yjs
 * update. Applying (not only merging) is what tells which fields an update writes to.
 */
function tryApply(previous: string, bytes: Uint8Array) {
  const ydoc = new Y.Doc();
  try {
    Y.decodeUpdate(bytes);
    if (previous) Y.applyUpdate(ydoc, fromBase64(previous));
    const before = lengths(ydoc);
    Y.applyUpdate(ydoc, bytes);
    const merged = toBase64(Y.mergeUpdates(previous ? [fromBase64(previous), bytes] : [bytes]));
    return { before, after: lengths(ydoc), merged };
  } catch {
    return null;
  } finally {
    ydoc.destroy();
  }
}

/**
 * Decides one edit of a co-edited document, after the kind has checked who may edit it and
 * when. Refuses (coded errors):
 * - `WP_ERR_VALIDATION` (field `update`): an update over the limit, bytes that are no Yjs
 *   update, or an update that writes to a field the document does not declare;
 * - `WP_ERR_TOO_LARGE`: the whole document over its limit, or an edit that makes a field
 *   longer than its limit (param `field`).
 * Returns the edit as the log keeps it and, every `compactEvery` edits, the document folded
 * into one update, so the state (and every view of it) stays small.
 */
export function decideEdit<S extends CoEditSpec>(
  spec: S,
  doc: CoDoc | undefined,
  command: EditCommandOf<S>,
): CoEditEventOf<S>[] {
  const { limits, names } = spec;
  const invalid = { field: 'update' };
  ensure(base64Bytes(command.update) <= limits.updateBytes, 'WP_ERR_VALIDATION', invalid);
  const previous = mergedUpdate(doc);
  const applied = tryApply(previous, fromBase64(command.update));
  ensure(applied !== null, 'WP_ERR_VALIDATION', invalid);
  ensure(base64Bytes(applied.merged) <= limits.docBytes, 'WP_ERR_TOO_LARGE');
  for (const [name, length] of applied.after) {
    const before = applied.before.get(name);
    // A name the document had before is kept even if undeclared: old logs stay editable.
    const declared = (spec.fields as readonly string[]).includes(name) || before !== undefined;
    ensure(declared, 'WP_ERR_VALIDATION', invalid);
    ensure(length <= limits.fieldChars || length <= (before ?? 0), 'WP_ERR_TOO_LARGE', {
      field: name,
    });
  }
  const key = docKeyOf(spec, command);
  // Built from the spec's names, which the event types are made of.
  const event = (type: string, update: string) =>
    ({ type, [names.key]: key, update }) as unknown as CoEditEventOf<S>;
  const edited = event(names.edited, command.update);
  if ((doc?.pending.length ?? 0) + 1 < limits.compactEvery) return [edited];
  return [edited, event(names.compacted, applied.merged)];
}

/**
 * The document as it is shared with more people: compacted, so text typed and then deleted
 * never leaves the ones who wrote it (see `compactUpdate`). For `evolve`; deterministic, so
 * replaying the log gives the same state.
 */
export function compactedDoc(doc: CoDoc | undefined): CoDoc {
  return { update: compactUpdate(mergedUpdate(doc)), pending: [] };
}
