import * as Y from 'yjs';

/**
 * A municipality's preparation is one Yjs document with three texts. Yjs merges concurrent
 * edits without losing any, so two phones typing in the same field both keep their words.
 * The state keeps the merged update as base64 (events and snapshots are JSON).
 */
export const PREP_FIELDS = ['stand', 'goals', 'notes'] as const;
export type PrepField = (typeof PREP_FIELDS)[number];
export type PrepTexts = Readonly<Record<PrepField, string>>;

export const EMPTY_TEXTS: PrepTexts = { stand: '', goals: '', notes: '' };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short for large documents.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The merged update of two (base64) updates; pure: the same inputs give the same bytes. */
export function mergePrep(previous: string, update: string): string {
  if (!previous) return update;
  if (!update) return previous;
  return toBase64(Y.mergeUpdates([fromBase64(previous), fromBase64(update)]));
}

/**
 * Checks that `update` is a Yjs update that merges with what the group has. Returns the merged
 * update, or null when the bytes are not a Yjs update.
 */
export function tryMergePrep(previous: string, update: string): string | null {
  try {
    const bytes = fromBase64(update);
    Y.decodeUpdate(bytes);
    return toBase64(Y.mergeUpdates(previous ? [fromBase64(previous), bytes] : [bytes]));
  } catch {
    return null;
  }
}

/** Size in bytes of a base64 text (without decoding it). */
export function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** Applies an update to a fresh document. The document never writes, so its id never shows. */
export function prepDoc(update: string): Y.Doc {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, fromBase64(update));
  return doc;
}

/** The whole preparation as one update: the base with every pending edit merged in. */
export function mergedUpdate(
  prep: { update: string; pending: readonly string[] } | undefined,
): string {
  if (!prep) return '';
  const parts = [prep.update, ...prep.pending].filter((u) => u.length > 0);
  if (parts.length <= 1) return parts[0] ?? '';
  return toBase64(Y.mergeUpdates(parts.map(fromBase64)));
}

/** The three texts of a preparation. */
export function prepTexts(update: string | undefined): PrepTexts {
  if (!update) return EMPTY_TEXTS;
  const doc = prepDoc(update);
  const texts = {
    stand: doc.getText('stand').toString(),
    goals: doc.getText('goals').toString(),
    notes: doc.getText('notes').toString(),
  };
  doc.destroy();
  return texts;
}

/**
 * The preparation as it is shared: the same document without the text that was typed and then
 * deleted (a merged update keeps deleted text; re-encoding a garbage-collected document drops
 * it). Deterministic: encoding sorts by client, and the fresh document itself writes nothing.
 */
export function compactPrep(update: string | undefined): string {
  if (!update) return '';
  const doc = prepDoc(update);
  const compact = toBase64(Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return compact;
}

/** The line the projector shows during the pitch: the first line of the goals, else of the state. */
export function headline(texts: PrepTexts): string {
  const first = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? '';
  return first(texts.goals) || first(texts.stand);
}
