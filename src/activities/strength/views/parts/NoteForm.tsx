import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { Choice } from '../../../../ui/Choice.tsx';
import { TextArea } from '../../../../ui/Field.tsx';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import type { Category } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';

/**
 * Writing a note. The text box empties at once (the note shows as "sending…" until the server
 * confirms); if the server refuses, the text comes back with the reason.
 */
export function NoteForm({
  props,
  initial,
  onDone,
}: {
  props: StrengthViewProps;
  initial?: { noteId: string; text: string; category: Category | null };
  onDone?: () => void;
}) {
  const { t, activity, send } = props;
  const categories = activity.config.categories;
  const [text, setText] = useState(initial?.text ?? '');
  const [category, setCategory] = useState<Category>(
    initial?.category ?? categories[0] ?? 'strength',
  );
  const [error, setError] = useState<string | null>(null);
  const left = LIMITS.noteText - text.length;

  async function submit(e: Event) {
    e.preventDefault();
    const value = text.trim();
    if (!value) return setError(props.tApp('errors.WP_ERR_VALIDATION'));
    setError(null);
    props.signal('typing', '', false);
    if (!initial) setText('');
    const result = await send(
      initial
        ? { type: 'editNote', noteId: initial.noteId, text: value, category }
        : { type: 'addNote', text: value, category },
    );
    if (!result.ok) {
      setText(value);
      setError(result.message);
    } else {
      onDone?.();
    }
  }

  return (
    <form class="wp-stack wp-note-form" onSubmit={submit}>
      <TextArea
        label={initial ? t('participant.edit') : t('participant.noteLabel')}
        value={text}
        maxLength={LIMITS.noteText}
        rows={3}
        error={error}
        hint={left < 100 ? t('participant.charactersLeft', { count: left }) : undefined}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          setText(value);
          // "Someone in your group is writing…" for the others (never stored, no name).
          if (!initial) props.signal('typing', '', value.trim() !== '');
        }}
      />
      {categories.length > 1 && (
        <Choice<Category>
          legend={t('participant.categoryLabel')}
          name={initial ? `category-${initial.noteId}` : 'category'}
          value={category}
          onChange={setCategory}
          compact
          options={categories.map((c) => ({
            value: c,
            label: t(`category.${c}`),
            description: t(`categoryHelp.${c}`),
          }))}
        />
      )}
      <div class="wp-row">
        <Button type="submit">{initial ? t('participant.save') : t('participant.add')}</Button>
        {initial && (
          <Button variant="secondary" onClick={onDone}>
            {t('participant.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
