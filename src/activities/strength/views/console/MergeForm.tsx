import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { TextArea } from '../../../../ui/Field.tsx';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import type { Note } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';

/** Asks for the merged note's wording (starting from the oldest note's text) and merges. */
export function MergeForm(
  props: StrengthViewProps & { notes: readonly Note[]; onClose: (merged: boolean) => void },
) {
  const { t, tApp } = props;
  const [text, setText] = useState(props.notes[0]?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, []);

  async function merge(e: Event) {
    e.preventDefault();
    if (!text.trim()) return setError(tApp('errors.WP_ERR_VALIDATION'));
    setBusy(true);
    const result = await props.send({
      type: 'mergeNotes',
      noteIds: props.notes.map((n) => n.id),
      text: text.trim(),
    });
    setBusy(false);
    if (result.ok) props.onClose(true);
    else setError(result.message);
  }

  return (
    <form ref={form} class="wp-stack" onSubmit={merge}>
      <TextArea
        label={t('console.mergeTextLabel')}
        hint={t('console.mergeTextHint')}
        value={text}
        maxLength={LIMITS.noteText}
        error={error}
        rows={3}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="wp-row">
        <Button type="submit" busy={busy}>
          {t('console.merge')}
        </Button>
        <Button variant="secondary" onClick={() => props.onClose(false)}>
          {tApp('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
