import * as Y from 'yjs';
import { fromBase64, toBase64 } from './doc.ts';

/**
 * Test helper (unit, integration and browser tests): one phone's Yjs document, which types
 * into fields and hands over what it typed as one base64 update, the way `useSharedText`
 * sends it, and takes in others' updates the way the hook takes in the view.
 */
export function fakeEditor(startFrom = '') {
  const doc = new Y.Doc();
  if (startFrom) Y.applyUpdate(doc, fromBase64(startFrom));
  let queued: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') queued.push(update);
  });
  return {
    doc,
    insert(field: string, index: number, text: string) {
      doc.getText(field).insert(index, text);
      return this;
    },
    append(field: string, text: string) {
      const t = doc.getText(field);
      t.insert(t.length, text);
      return this;
    },
    remove(field: string, index: number, length: number) {
      doc.getText(field).delete(index, length);
      return this;
    },
    /** What the phone sends: everything typed since the last call, as one update. */
    take(): string {
      const merged = Y.mergeUpdates(queued);
      queued = [];
      return toBase64(merged);
    },
    receive(update: string) {
      if (update) Y.applyUpdate(doc, fromBase64(update), 'remote');
    },
    text(field: string): string {
      return doc.getText(field).toString();
    },
  };
}

export type FakeEditor = ReturnType<typeof fakeEditor>;

/**
 * Every text readable in a wire transcript, including inside base64 Yjs updates (whose UTF-8
 * bytes hold the typed words), so a test can assert a secret never arrived in any form.
 */
export function readableWire(wire: unknown): string {
  const parts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      parts.push(value);
      if (/^[A-Za-z0-9+/]{8,}={0,2}$/.test(value) && value.length % 4 === 0) {
        try {
          parts.push(new TextDecoder().decode(fromBase64(value)));
        } catch {
          // not base64 after all
        }
      }
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(wire);
  return parts.join('\n');
}
