import { useEffect, useRef, useState } from 'preact/hooks';
import * as Y from 'yjs';
import { fromBase64, toBase64, type CoDoc } from '../../domain/coedit/doc.ts';
import type { CoEditSpec, EditCommandOf } from '../../domain/coedit/spec.ts';
import type { PendingCommand } from '../activityView.ts';

/** Transaction origins: what this phone typed, and what came from the server. */
export const LOCAL = 'coedit-local';
export const REMOTE = 'coedit-remote';

/** One send per 400 ms at most: well within the server's 5 commands a second per person. */
const SEND_EVERY_MS = 400;

/** This phone's copy of a co-edited document, for `SharedTextField`. */
export interface SharedText {
  readonly ydoc: Y.Doc;
  /** True while this phone has edits the server has not confirmed yet ("saving…"). */
  readonly waiting: boolean;
  /** Longest a field may be (the server refuses an edit that makes it longer). */
  readonly maxLength: number;
}

export interface SharedTextOptions<S extends CoEditSpec> {
  readonly spec: S;
  /** Which document: its key in the command, e.g. the partnership's id. */
  readonly id: string;
  /** The document as this screen's view holds it: base and edits since. */
  readonly doc: CoDoc | undefined;
  /** The activity's commands still waiting for the server (`props.pending`). */
  readonly pending: readonly PendingCommand[];
  /** Sends a command (`props.send`). */
  readonly send: (command: EditCommandOf<S>) => unknown;
}

function applyRemote(ydoc: Y.Doc, update: string): void {
  if (!update) return;
  try {
    Y.applyUpdate(ydoc, fromBase64(update), REMOTE);
  } catch {
    // The server checked it; a broken update here would only be a local storage accident.
  }
}

/** The updates of this document's edits still in the outbox (after a reload, say). */
function queuedUpdates(spec: CoEditSpec, id: string, pending: readonly PendingCommand[]): string[] {
  return pending
    .map((p) => p.command as { type: string } & Readonly<Record<string, unknown>>)
    .filter((c) => c.type === spec.names.command && c[spec.names.key] === id)
    .map((c) => c['update'])
    .filter((update): update is string => typeof update === 'string');
}

/**
 * This phone's copy of one co-edited document. It starts from the view (its merged base and
 * the edits since, as the server holds them) plus this phone's edits still in the outbox,
 * takes in every new edit as the view's patches arrive (Yjs skips what it already has), and
 * sends its own edits, merged, every 400 ms. The server confirms an edit by adding it to the
 * view; coming back, Yjs skips it. Give the component that calls it a `key` of the document's
 * id: one hook holds one document.
 */
export function useSharedText<S extends CoEditSpec>(options: SharedTextOptions<S>): SharedText {
  const queued = queuedUpdates(options.spec, options.id, options.pending);
  const parts = options.doc ? [options.doc.update, ...options.doc.pending] : [];
  const [ydoc] = useState(() => {
    const fresh = new Y.Doc();
    for (const update of [...parts, ...queued]) applyRemote(fresh, update);
    return fresh;
  });
  const applied = useRef<ReadonlySet<string>>(new Set(parts));
  const [unsent, setUnsent] = useState(false);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    for (const update of parts) if (!applied.current.has(update)) applyRemote(ydoc, update);
    applied.current = new Set(parts);
  }, [options.doc]);

  useEffect(() => {
    let queue: Uint8Array[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      if (queue.length === 0) return;
      const update = toBase64(Y.mergeUpdates(queue));
      queue = [];
      setUnsent(false);
      const { spec, id, send } = latest.current;
      // Built from the spec's names, which the command's type is made of.
      const command = { type: spec.names.command, [spec.names.key]: id, update };
      void send(command as EditCommandOf<S>);
    };
    const onUpdate = (change: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) return;
      queue.push(change);
      setUnsent(true);
      timer ??= setTimeout(flush, SEND_EVERY_MS);
    };
    ydoc.on('update', onUpdate);
    return () => {
      ydoc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
      flush(); // leaving the screen never loses the last words
      ydoc.destroy();
    };
  }, [ydoc]);

  return {
    ydoc,
    waiting: unsent || queued.length > 0,
    maxLength: options.spec.limits.fieldChars,
  };
}
