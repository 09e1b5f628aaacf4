import * as Y from 'yjs';
import { fromBase64, toBase64, type CoDoc } from './doc.ts';
import type { CoEditSpec } from './spec.ts';

/**
 * Reading and merging co-edited documents with Yjs. Yjs merges concurrent edits without losing
 * any, so two phones typing in the same field both keep their words. Imported by the server's
 * files (decide.ts, a kind's view.ts and report.ts) and by browser views, which load in their
 * own chunk; never by a file browsers load eagerly (schema, evolve, index), so Yjs stays out
 * of the first download.
 */

/** The whole document as one update: the base with every pending edit merged in. */
export function mergedUpdate(doc: CoDoc | undefined): string {
  if (!doc) return '';
  const parts = [doc.update, ...doc.pending].filter((u) => u.length > 0);
  if (parts.length <= 1) return parts[0] ?? '';
  return toBase64(Y.mergeUpdates(parts.map(fromBase64)));
}

/** A fresh Yjs document holding `update`. It never writes, so its client id never shows. */
export function yDocOf(update: string): Y.Doc {
  const ydoc = new Y.Doc();
  if (update) Y.applyUpdate(ydoc, fromBase64(update));
  return ydoc;
}

/** The text of one field of a merged update; '' for a field the document does not have. */
function fieldText(ydoc: Y.Doc, field: string): string {
  // `share` is a Map, so no name (`__proto__` included) reaches anything inherited.
  return ydoc.share.has(field) ? ydoc.getText(field).toString() : '';
}

/** The text of one field, for a report or a view. '' when the document or field is absent. */
export function text(doc: CoDoc | undefined, field: string): string {
  const update = mergedUpdate(doc);
  if (!update) return '';
  const ydoc = yDocOf(update);
  const result = fieldText(ydoc, field);
  ydoc.destroy();
  return result;
}

/** Every declared field's text, decoding the document once. */
export function texts<F extends string>(
  spec: CoEditSpec<F>,
  doc: CoDoc | undefined,
): Readonly<Record<F, string>> {
  const update = mergedUpdate(doc);
  const ydoc = update ? yDocOf(update) : null;
  const result = Object.fromEntries(
    spec.fields.map((field) => [field, ydoc ? fieldText(ydoc, field) : '']),
  ) as Record<F, string>;
  ydoc?.destroy();
  return result;
}

/**
 * The same document without the text that was typed and then deleted: a merged update keeps
 * deleted text; re-encoding a garbage-collected document drops it. Deterministic (encoding
 * sorts by client, and the fresh document writes nothing), so replaying a log gives the same
 * bytes.
 */
export function compactUpdate(update: string): string {
  if (!update) return '';
  const ydoc = yDocOf(update);
  const compact = toBase64(Y.encodeStateAsUpdate(ydoc));
  ydoc.destroy();
  return compact;
}
