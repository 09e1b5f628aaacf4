import { Button } from './Button.tsx';
import { useT } from './i18n.tsx';
import { Notice } from './Notice.tsx';

/**
 * The end of a form: what went wrong (if anything), the submit button and, when the form can
 * be closed without saving, "Annuleren". One piece, so every form ends, reads and tabs alike.
 */
export function FormActions(props: {
  busy: boolean;
  submitLabel: string;
  /** A failure not tied to one field (those show at the field). */
  error?: string | null;
  onCancel?: () => void;
}) {
  const t = useT();
  return (
    <>
      {props.error && <Notice tone="error">{props.error}</Notice>}
      <div class="wp-row">
        <Button type="submit" busy={props.busy}>
          {props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button variant="secondary" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </>
  );
}
