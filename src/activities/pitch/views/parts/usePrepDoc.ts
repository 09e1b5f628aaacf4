import { useEffect, useRef, useState } from 'preact/hooks';
import * as Y from 'yjs';
import { own } from '../../../../domain/ids.ts';
import { fromBase64, toBase64, mergedUpdate } from '../../prep.ts';
import type { PitchCommand } from '../../schema.ts';
import type { PitchViewProps } from '../types.ts';

/** Transaction origins: what this phone typed, and what came from the server. */
export const LOCAL = 'pitch-local';
export const REMOTE = 'pitch-remote';

/** One send per 400 ms at most: well within the server's 5 commands a second per person. */
const SEND_EVERY_MS = 400;

function applyRemote(doc: Y.Doc, update: string): void {
  if (!update) return;
  try {
    Y.applyUpdate(doc, fromBase64(update), REMOTE);
  } catch {
    // The server checked it; a broken update here would only be a local storage accident.
  }
}

const ownEdits = (pending: PitchViewProps['pending'], partnershipId: string) =>
  pending
    .map((p) => p.command)
    .filter(
      (c): c is Extract<PitchCommand, { type: 'editPrep' }> =>
        c.type === 'editPrep' && c.partnershipId === partnershipId,
    );

/**
 * This phone's copy of its municipality's preparation. It starts from the municipality's view
 * (its merged base and the edits since, as the server holds them) plus this phone's edits
 * still in the outbox (after a reload), takes in every new merged update from the view as
 * patches arrive (Yjs skips what it already has), and sends its own edits, merged, every
 * 400 ms. The server confirms an edit by adding it to the view; coming back, Yjs skips it.
 */
export function usePrepDoc(props: PitchViewProps, partnershipId: string) {
  const update = mergedUpdate(own(props.activity.state.preps, partnershipId));
  const [doc] = useState(() => {
    const fresh = new Y.Doc();
    applyRemote(fresh, update);
    for (const edit of ownEdits(props.pending, partnershipId)) applyRemote(fresh, edit.update);
    return fresh;
  });
  const [unsent, setUnsent] = useState(false);
  const send = useRef(props.send);
  send.current = props.send;

  useEffect(() => applyRemote(doc, update), [update]);

  useEffect(() => {
    let queue: Uint8Array[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      if (queue.length === 0) return;
      const merged = Y.mergeUpdates(queue);
      queue = [];
      setUnsent(false);
      void send.current({ type: 'editPrep', partnershipId, update: toBase64(merged) });
    };
    const onUpdate = (change: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) return;
      queue.push(change);
      setUnsent(true);
      timer ??= setTimeout(flush, SEND_EVERY_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
      flush(); // leaving the screen never loses the last words
      doc.destroy();
    };
  }, [doc]);

  const waiting = unsent || ownEdits(props.pending, partnershipId).length > 0;
  return { doc, waiting };
}
