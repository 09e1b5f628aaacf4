import { useState } from 'preact/hooks';
import { TextField } from '../../../ui/Field.tsx';
import { useT } from '../../../ui/i18n.tsx';
import { useAutofocus } from '../../../ui/useAutofocus.ts';
import { useSubmission } from '../../../ui/useSubmission.ts';
import { FormActions } from '../../../ui/FormActions.tsx';
import { LIMITS } from '../../../domain/workshop/limits.ts';

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
  const { busy, error, run } = useSubmission();
  const form = useAutofocus('input', props.focusFirst ?? false);

  async function submit(e: Event) {
    e.preventDefault();
    const municipality = fields.municipality.trim();
    setMissing(!municipality);
    if (!municipality) return;
    await run(
      () =>
        props.onSubmit({
          municipality,
          formalOrganisation: fields.formalOrganisation.trim(),
          informalOrganisation: fields.informalOrganisation.trim(),
        }),
      () => {
        if (!props.resetAfter) return;
        setFields(props.initial);
        form.current?.querySelector('input')?.focus();
      },
    );
  }

  return (
    <form ref={form} class="wp-stack" onSubmit={submit} noValidate>
      <TextField
        label={t('console.partnerships.municipality')}
        value={fields.municipality}
        maxLength={LIMITS.municipality}
        required
        error={missing ? t('console.form.required') : null}
        onInput={(e) => setFields({ ...fields, municipality: e.currentTarget.value })}
      />
      <TextField
        label={t('console.partnerships.formal')}
        hint={t('console.partnerships.formalHint')}
        value={fields.formalOrganisation}
        maxLength={LIMITS.organisation}
        onInput={(e) => setFields({ ...fields, formalOrganisation: e.currentTarget.value })}
      />
      <TextField
        label={t('console.partnerships.informal')}
        hint={t('console.partnerships.informalHint')}
        value={fields.informalOrganisation}
        maxLength={LIMITS.organisation}
        onInput={(e) => setFields({ ...fields, informalOrganisation: e.currentTarget.value })}
      />
      <FormActions
        busy={busy}
        submitLabel={props.submitLabel}
        error={error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
