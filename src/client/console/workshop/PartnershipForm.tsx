import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../../ui/Button.tsx';
import { TextField } from '../../../ui/Field.tsx';
import { useT } from '../../../ui/i18n.tsx';
import { Notice } from '../../../ui/Notice.tsx';

export interface PartnershipFields {
  readonly municipality: string;
  readonly formalOrganisation: string;
  readonly informalOrganisation: string;
}

export const emptyPartnership: PartnershipFields = {
  municipality: '',
  formalOrganisation: '',
  informalOrganisation: '',
};

/**
 * Municipality plus the two organisations. `onSubmit` resolves with an error to show, or
 * null when saved; `resetAfter` empties the form for the next one (adding several in a row).
 */
export function PartnershipForm(props: {
  initial: PartnershipFields;
  submitLabel: string;
  onSubmit: (fields: PartnershipFields) => Promise<string | null>;
  onCancel?: () => void;
  resetAfter?: boolean;
  focusFirst?: boolean;
}) {
  const t = useT();
  const [fields, setFields] = useState(props.initial);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirst = () => form.current?.querySelector('input')?.focus();

  useEffect(() => {
    if (props.focusFirst) focusFirst();
  }, []);

  async function submit(e: Event) {
    e.preventDefault();
    const municipality = fields.municipality.trim();
    setMissing(!municipality);
    if (!municipality) return;
    setBusy(true);
    const failure = await props.onSubmit({
      municipality,
      formalOrganisation: fields.formalOrganisation.trim(),
      informalOrganisation: fields.informalOrganisation.trim(),
    });
    setError(failure);
    setBusy(false);
    if (!failure && props.resetAfter) {
      setFields(props.initial);
      focusFirst();
    }
  }

  return (
    <form ref={form} class="wp-stack" onSubmit={submit} noValidate>
      <TextField
        label={t('console.partnerships.municipality')}
        value={fields.municipality}
        maxLength={80}
        required
        error={missing ? t('console.form.required') : null}
        onInput={(e) => setFields({ ...fields, municipality: e.currentTarget.value })}
      />
      <TextField
        label={t('console.partnerships.formal')}
        hint={t('console.partnerships.formalHint')}
        value={fields.formalOrganisation}
        maxLength={120}
        onInput={(e) => setFields({ ...fields, formalOrganisation: e.currentTarget.value })}
      />
      <TextField
        label={t('console.partnerships.informal')}
        hint={t('console.partnerships.informalHint')}
        value={fields.informalOrganisation}
        maxLength={120}
        onInput={(e) => setFields({ ...fields, informalOrganisation: e.currentTarget.value })}
      />
      {error && <Notice tone="error">{error}</Notice>}
      <div class="wp-row">
        <Button type="submit" busy={busy}>
          {props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button variant="secondary" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
