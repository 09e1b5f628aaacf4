import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import type { Toast } from './useToast.ts';

/** How long a message stays: long enough to read and undo, short enough not to go stale. */
const VISIBLE_MS = 20_000;

/**
 * The message line at the bottom of the live screen, read out politely. It stays while the
 * pointer or focus is on it, so nobody loses the undo button while reaching for it.
 */
export function UndoToast({ toast }: { toast: Toast }) {
  const t = useT();
  const { message } = toast;
  const [holding, setHolding] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!message || holding) return;
    const timer = setTimeout(toast.dismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message?.id, holding]);

  // Dismissing while focus is on the toast's own button: keep focus on the page.
  function close() {
    if (box.current?.contains(document.activeElement)) document.getElementById('main')?.focus();
    setHolding(false);
    toast.dismiss();
  }

  return (
    <div
      ref={box}
      class={`wp-run-toast${message ? ' wp-run-toast--shown' : ''}`}
      role="status"
      aria-live="polite"
      onFocusIn={() => setHolding(true)}
      onFocusOut={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) setHolding(false);
      }}
      onMouseEnter={() => setHolding(true)}
      onMouseLeave={() => setHolding(false)}
    >
      {message && (
        <div class="wp-run-toast__box" key={message.id}>
          <p class="wp-run-toast__text">{message.text}</p>
          {message.undo && (
            <Button
              variant="secondary"
              aria-keyshortcuts="Control+Z"
              onClick={() => {
                if (box.current?.contains(document.activeElement))
                  document.getElementById('main')?.focus();
                toast.undo();
              }}
            >
              {t('console.run.toast.undo')}
            </Button>
          )}
          <Button variant="quiet" onClick={close} aria-label={t('console.run.toast.close')}>
            ×
          </Button>
        </div>
      )}
    </div>
  );
}
