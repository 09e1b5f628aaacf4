import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { Choice } from '../../../../ui/Choice.tsx';
import { TextArea } from '../../../../ui/Field.tsx';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { characterLimit } from '../../../../ui/characterLimit.ts';
import { sendFailure } from '../../../../ui/sendFailure.ts';
import type { Category } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';

/**
 * Writing a note. The text box empties at once (the note shows as "sending…" until the server
 * confirms) and the kind of note goes back to the first one, so the next note does not stick
 * to a "Kanttekening" chosen once; if the server refuses, the text and kind come back with the
 * reason at the field. A counter shows the limit as it nears; a text over it is not cut off
 * but refused here, with how much to remove.
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
  const firstCategory = categories[0] ?? 'strength';
  const [category, setCategory] = useState<Category>(initial?.category ?? firstCategory);
  const [error, setError] = useState<string | null>(null);
  const limit = characterLimit(text, LIMITS.noteText);

  async function submit(e: Event) {
    e.preventDefault();
    const value = text.trim();
    if (!value) return setError(props.tApp('common.characters.empty'));
    if (limit.stage === 'over')
      return setError(
        props.tApp('common.characters.tooLong', { limit: limit.max, over: -limit.left }),
      );
    setError(null);
    props.signal('typing', '', false);
    const sent = category;
    if (!initial) {
      setText('');
      setCategory(firstCategory);
    }
    const result = await send(
      initial
        ? { type: 'editNote', noteId: initial.noteId, text: value, category: sent }
        : { type: 'addNote', text: value, category: sent },
    );
    if (!result.ok) {
      setText(value);
      setCategory(sent);
      setError(sendFailure(result, props.tApp, ['text', 'category']).message);
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
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          setText(value);
          // "Someone in your group is writing…" for the others (never stored, no name).
          if (!initial) props.signal('typing', '', value.trim() !== '');
          // A mistake the person is fixing should not keep shouting.
          if (error) setError(null);
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
