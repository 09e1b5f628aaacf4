import { useState } from 'preact/hooks';
import { Select, TextArea } from '../../../../ui/Field.tsx';
import { useAutofocus } from '../../../../ui/useAutofocus.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import type { Category, Note } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';
import { FormActions } from '../../../../ui/FormActions.tsx';

/**
 * Edits a note in place: its text and kind. The facilitator tidies wording for the plenary;
 * on a refusal the text stays so nothing typed is lost.
 */
export function NoteEditor(props: StrengthViewProps & { note: Note; onClose: () => void }) {
  const { t, tApp, note } = props;
  const categories = props.activity.config.categories;
  const [text, setText] = useState(note.text);
  // A kind switched off in the settings since cannot be kept: the server would refuse it.
  const [category, setCategory] = useState<Category>(
    note.category && categories.includes(note.category)
      ? note.category
      : (categories[0] ?? 'strength'),
  );
  const { busy, error, setError, run } = useSubmission();
  const form = useAutofocus('textarea');

  async function save(e: Event) {
    e.preventDefault();
    if (!text.trim()) return setError(tApp('errors.WP_ERR_VALIDATION'));
    await run(
      () => props.send({ type: 'editNote', noteId: note.id, text: text.trim(), category }),
      props.onClose,
    );
  }

  return (
    <form ref={form} class="wp-stack" onSubmit={save}>
      <TextArea
        label={t('console.noteText')}
        value={text}
        maxLength={LIMITS.noteText}
        error={error}
        rows={3}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {categories.length > 1 && (
        <Select
          label={t('console.noteCategory')}
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value as Category)}
        >
          {categories.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </Select>
      )}
      <FormActions busy={busy} submitLabel={tApp('common.save')} onCancel={props.onClose} />
    </form>
  );
}
