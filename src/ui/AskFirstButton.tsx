import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from './Button.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/**
 * A button whose action is asked first, in a dialog in the page: the browser's `confirm()`
 * cannot be translated, styled or read out well, and on some phones it looks like a warning
 * from the phone itself. The question and both answers come from the caller's catalogue.
 */
export function AskFirstButton(props: {
  children: ComponentChildren;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  variant?: 'danger' | 'quiet' | 'secondary';
  describedBy?: string;
  onConfirm: () => unknown;
}) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        variant={props.variant ?? 'danger'}
        aria-describedby={props.describedBy}
        onClick={() => setAsking(true)}
      >
        {props.children}
      </Button>
      <ConfirmDialog
        open={asking}
        title={props.question}
        confirmLabel={props.confirmLabel}
        cancelLabel={props.cancelLabel}
        tone="danger"
        onConfirm={props.onConfirm}
        onClose={() => setAsking(false)}
        returnFocusTo={() => document.getElementById('main')}
      />
    </>
  );
}
