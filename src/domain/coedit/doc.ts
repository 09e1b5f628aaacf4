import type { CoEditEventOf, CoEditSpec } from './spec.ts';

/**
 * A co-edited document as a kind's state holds it (and as its views carry it): Yjs updates as
 * base64, because events, snapshots and views are JSON. `update` is a merged base and
 * `pending` the edits since. An edit only appends to `pending`, so a view's patch carries just
 * that edit; every so often the server folds them into `update` (the compacted event). Read
 * it with `text` / `texts` (yjsDoc.ts). A kind may keep more beside it, e.g. `public`.
 * No Yjs in this file: `evolve` uses it, and browsers load it eagerly.
 */
export interface CoDoc {
  readonly update: string;
  readonly pending: readonly string[];
}

export const EMPTY_DOC: CoDoc = { update: '', pending: [] };

/**
 * Applies a co-editing event to its document (`evolve`). Keeps whatever else the kind stores
 * beside the document (`{ ...doc }`), so a kind passes its own record and gets it back.
 */
export function evolveDoc<S extends CoEditSpec, D extends CoDoc>(
  spec: S,
  doc: D,
  event: CoEditEventOf<S>,
): D {
  if (event.type === spec.names.compacted) return { ...doc, update: event.update, pending: [] };
  return { ...doc, pending: [...doc.pending, event.update] };
}

/** The document's key in a co-editing command or event (`partnershipId`, …). */
export function docKeyOf<S extends CoEditSpec>(
  spec: S,
  message: { readonly [P in S['names']['key']]: string },
): string {
  return (message as Readonly<Record<string, string>>)[spec.names.key] ?? '';
}

/** Size in bytes of a base64 text, without decoding it. */
export function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

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
