import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../domain/language.ts';
import { Select, TextArea, TextField } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n.tsx';
import { useAutofocus } from '../../ui/useAutofocus.ts';
import { useSubmission } from '../../ui/useSubmission.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { LIMITS } from '../../domain/workshop/limits.ts';

/** The fields a workshop is created with and later edited (`updateWorkshop`). */
export interface WorkshopFields {
  readonly title: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly venue: string;
  readonly defaultLanguage: Language;
  /** The closing screen's text; the field shows only when editing an existing workshop. */
  readonly closingText?: string;
}

export const emptyWorkshopFields: WorkshopFields = {
  title: '',
  startsOn: null,
  endsOn: null,
  venue: '',
  defaultLanguage: 'nl',
};

/**
 * Title, dates, venue and default language (and, for an existing workshop, the closing text). `onSubmit` resolves with an error message to
 * show, or null when saved. With `focusFirst`, the first field takes focus on opening.
 */
export function WorkshopFieldsForm(props: {
  initial: WorkshopFields;
  submitLabel: string;
  onSubmit: (fields: WorkshopFields) => Promise<string | null>;
  onCancel?: () => void;
  focusFirst?: boolean;
  /** More fields, before the buttons (creating a workshop adds the programme to start with). */
  children?: ComponentChildren;
}) {
  const t = useT();
  const [fields, setFields] = useState<WorkshopFields>(props.initial);
  const [problems, setProblems] = useState<{ title?: string; endsOn?: string }>({});
  const { busy, error, run } = useSubmission();
  const form = useAutofocus('input', props.focusFirst ?? false);

  async function submit(e: Event) {
    e.preventDefault();
    const found: { title?: string; endsOn?: string } = {};
    if (!fields.title.trim()) found.title = t('console.form.required');
    // ISO dates compare correctly as strings.
    if (fields.startsOn && fields.endsOn && fields.endsOn < fields.startsOn)
      found.endsOn = t('console.form.datesOrder');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    await run(() =>
      props.onSubmit({
        ...fields,
        title: fields.title.trim(),
        venue: fields.venue.trim(),
        ...(fields.closingText === undefined ? {} : { closingText: fields.closingText.trim() }),
      }),
    );
  }

  const date = (value: string) => (value ? value : null);
  return (
    <form ref={form} class="wp-stack" onSubmit={submit} noValidate>
      <TextField
        label={t('console.fields.title')}
        value={fields.title}
        maxLength={LIMITS.title}
        error={problems.title}
        required
        onInput={(e) => setFields({ ...fields, title: e.currentTarget.value })}
      />
      <div class="wp-console-pair">
        <TextField
          label={t('console.fields.startsOn')}
          type="date"
          value={fields.startsOn ?? ''}
          onInput={(e) => setFields({ ...fields, startsOn: date(e.currentTarget.value) })}
        />
        <TextField
          label={t('console.fields.endsOn')}
          type="date"
          value={fields.endsOn ?? ''}
          error={problems.endsOn}
          onInput={(e) => setFields({ ...fields, endsOn: date(e.currentTarget.value) })}
        />
      </div>
      <TextField
        label={t('console.fields.venue')}
        hint={t('console.fields.venueHint')}
        value={fields.venue}
        maxLength={LIMITS.venue}
        onInput={(e) => setFields({ ...fields, venue: e.currentTarget.value })}
      />
      <Select
        label={t('console.fields.language')}
        hint={t('console.fields.languageHint')}
        value={fields.defaultLanguage}
        onChange={(e) =>
          setFields({ ...fields, defaultLanguage: e.currentTarget.value as Language })
        }
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`common.languages.${language}`)}
          </option>
        ))}
      </Select>
      {fields.closingText !== undefined && (
        <TextArea
          label={t('console.day.closingText')}
          hint={t('console.day.closingTextHint')}
          value={fields.closingText}
          maxLength={LIMITS.closingText}
          rows={4}
          onInput={(e) => setFields({ ...fields, closingText: e.currentTarget.value })}
        />
      )}
      {props.children}
      <FormActions
        busy={busy}
        submitLabel={props.submitLabel}
        error={error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
