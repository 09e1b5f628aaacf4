import { useState } from 'preact/hooks';
import { Button } from '../../../ui/Button.tsx';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { useT } from '../../../ui/i18n.tsx';

/**
 * A destructive action asked twice, in a dialog in the page (never the browser's `confirm()`,
 * which cannot be styled, translated or read well). `describedBy` names what the button acts
 * on, for screen readers that hear many "remove" buttons.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  describedBy?: string;
  /** Where focus goes when the confirmed removal takes this button away with its row. */
  fallbackFocusId: string;
  onConfirm: () => Promise<unknown>;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button variant="danger" aria-describedby={props.describedBy} onClick={() => setAsking(true)}>
        {props.label}
      </Button>
      <ConfirmDialog
        open={asking}
        title={props.question}
        confirmLabel={t('console.confirm.yes')}
        cancelLabel={t('console.confirm.no')}
        onConfirm={props.onConfirm}
        onClose={() => setAsking(false)}
        returnFocusTo={() => document.getElementById(props.fallbackFocusId)}
      />
    </>
  );
}
