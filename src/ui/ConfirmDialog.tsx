import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Button } from './Button.tsx';
import './dialog.css';

/**
 * A question asked in the page before an action that cannot be undone: a native modal
 * `<dialog>` (focus stays inside, Escape and the cancel button close it, the rest of the page
 * is inert). Focus starts on "cancel", the safe answer, and returns to the button that opened
 * it — or, when that button left with what it removed, to `returnFocusTo()`.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  /** More words under the question, when the title alone does not say what happens. */
  message?: string;
  confirmLabel: string;
  cancelLabel: string;
  tone?: 'danger' | 'primary';
  onConfirm: () => unknown;
  onClose: () => void;
  returnFocusTo?: () => HTMLElement | null;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    if (props.open && !box.open) {
      opener.current = document.activeElement;
      box.showModal();
      box.querySelector<HTMLButtonElement>('.wp-dialog__cancel')?.focus();
    } else if (!props.open && box.open) {
      box.close();
    }
  }, [props.open]);

  // Closed by Escape, by a button or by unmounting: focus goes back where the person was.
  const returnFocusTo = useRef(props.returnFocusTo);
  returnFocusTo.current = props.returnFocusTo;
  function restoreFocus() {
    const back = opener.current;
    opener.current = null;
    if (!back) return;
    requestAnimationFrame(() => {
      if (back instanceof HTMLElement && back.isConnected) back.focus();
      else returnFocusTo.current?.()?.focus();
    });
  }
  // A confirmed removal can take the dialog away with its row before it closes.
  useEffect(() => () => restoreFocus(), []);

  async function confirm() {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
      props.onClose();
    }
  }

  return (
    <dialog
      ref={dialog}
      class="wp-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={props.message ? `${id}-message` : undefined}
      onClose={() => {
        restoreFocus();
        if (props.open) props.onClose();
      }}
    >
      <div class="wp-stack">
        <h2 id={`${id}-title`} class="wp-dialog__title">
          {props.title}
        </h2>
        {props.message && <p id={`${id}-message`}>{props.message}</p>}
        <div class="wp-row wp-dialog__actions">
          <Button
            variant={props.tone === 'primary' ? 'primary' : 'danger'}
            busy={busy}
            onClick={() => void confirm()}
          >
            {props.confirmLabel}
          </Button>
          <Button class="wp-dialog__cancel" variant="secondary" onClick={props.onClose}>
            {props.cancelLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
