import { useRef } from 'preact/hooks';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { TextArea } from '../../../../ui/Field.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { KindPicker } from './KindPicker.tsx';
import { NOTE_TEXT_LIMIT, type NoteFields } from './noteModel.ts';
import { NoteOrigin } from './NoteOrigin.tsx';

/**
 * One note: its kind, its text and where it came from. Controlled: the parent keeps the fields
 * (a new note's survive a reload, see useNoteDraft) and decides what saving means. `error` is
 * about the text (empty, too long, refused); `notice` says what just happened ("Bewaard.").
 */
export function NoteForm(props: {
  workshop: WorkshopState;
  fields: NoteFields;
  onChange: (fields: NoteFields) => void;
  onSubmit: () => void;
  submitLabel: string;
  busy?: boolean;
  error?: string | null;
  notice?: string | null;
  onCancel?: () => void;
  /** Opens "where did it come from" (editing); a new note shows only what is chosen. */
  originOpen?: boolean;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const { fields } = props;
  return (
    <form
      ref={form}
      class="wp-rnote-form wp-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <KindPicker value={fields.kind} onChange={(kind) => props.onChange({ ...fields, kind })} />
      <TextArea
        label={fields.kind === 'quote' ? t('console.notes.textQuote') : t('console.notes.text')}
        hint={t('console.notes.textHint')}
        value={fields.text}
        rows={4}
        maxLength={NOTE_TEXT_LIMIT}
        error={props.error ?? null}
        onInput={(e) => props.onChange({ ...fields, text: e.currentTarget.value })}
        onKeyDown={(e) => {
          // Ctrl+Enter (or Cmd+Enter) saves without reaching for the button, as in chat apps.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            form.current?.requestSubmit();
          }
        }}
      />
      <NoteOrigin
        workshop={props.workshop}
        fields={fields}
        onChange={props.onChange}
        open={props.originOpen}
      />
      <FormActions
        busy={props.busy ?? false}
        submitLabel={props.submitLabel}
        onCancel={props.onCancel}
      />
      <p class="wp-rnote-form__notice" role="status">
        {props.notice}
      </p>
    </form>
  );
}
