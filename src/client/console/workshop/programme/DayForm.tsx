import { useState } from 'preact/hooks';
import { TextField } from '../../../../ui/Field.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { useAutofocus } from '../../../../ui/useAutofocus.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { LIMITS } from '../../../../domain/workshop/limits.ts';

export interface DayFields {
  readonly title: string;
  readonly date: string | null;
}

/** A day's name and date. `onSubmit` resolves with an error to show, or null when saved. */
export function DayForm(props: {
  initial: DayFields;
  submitLabel: string;
  onSubmit: (fields: DayFields) => Promise<string | null>;
  onCancel: () => void;
}) {
  const t = useT();
  const [fields, setFields] = useState(props.initial);
  const [missing, setMissing] = useState(false);
  const { busy, error, run } = useSubmission();
  const form = useAutofocus();

  async function submit(e: Event) {
    e.preventDefault();
    const title = fields.title.trim();
    setMissing(!title);
    if (!title) return;
    await run(() => props.onSubmit({ title, date: fields.date }));
  }

  return (
    <form ref={form} class="wp-stack" onSubmit={submit} noValidate>
      <div class="wp-console-pair">
        <TextField
          label={t('console.programme.day.title')}
          hint={t('console.programme.day.titleHint')}
          value={fields.title}
          maxLength={LIMITS.title}
          required
          error={missing ? t('console.form.required') : null}
          onInput={(e) => setFields({ ...fields, title: e.currentTarget.value })}
        />
        <TextField
          label={t('console.programme.day.date')}
          type="date"
          value={fields.date ?? ''}
          onInput={(e) => setFields({ ...fields, date: e.currentTarget.value || null })}
        />
      </div>
      <FormActions
        busy={busy}
        submitLabel={props.submitLabel}
        error={error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
