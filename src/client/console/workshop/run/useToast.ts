import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { SendResult } from '../../../../ui/activityView.ts';

/** A short message after a step; `undo` takes the step back when it can be taken back. */
export interface ToastMessage {
  readonly id: number;
  readonly text: string;
  readonly undo: (() => Promise<SendResult>) | null;
}

export interface Toast {
  readonly message: ToastMessage | null;
  show(text: string, undo?: () => Promise<SendResult>): void;
  dismiss(): void;
  /** Runs the undo of the message on screen, if it has one; false when there was none. */
  undo(): boolean;
}

/**
 * The live screen's one message line. Undo instead of "are you sure?" for steps that can be
 * taken back (starting or ending an item): the facilitator is not slowed down every time,
 * and a slip costs one key (Ctrl+Z) or one click.
 */
export function useToast(undoneText: string): Toast {
  const [message, setMessage] = useState<ToastMessage | null>(null);
  const counter = useRef(0);
  const current = useRef<ToastMessage | null>(null);
  current.current = message;

  const show = useCallback((text: string, undo?: () => Promise<SendResult>) => {
    counter.current += 1;
    setMessage({ id: counter.current, text, undo: undo ?? null });
  }, []);
  const dismiss = useCallback(() => setMessage(null), []);
  const undo = useCallback(() => {
    const action = current.current?.undo;
    if (!action) return false;
    counter.current += 1;
    // Shown at once (without undo, so a second press cannot undo twice); a refusal replaces it.
    setMessage({ id: counter.current, text: undoneText, undo: null });
    void action().then((result) => {
      if (!result.ok) show(result.message);
    });
    return true;
  }, [undoneText, show]);

  return useMemo(() => ({ message, show, dismiss, undo }), [message, show, dismiss, undo]);
}
