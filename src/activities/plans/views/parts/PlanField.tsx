import { useEffect, useRef, useState } from 'preact/hooks';
import { TextArea, TextField } from '../../../../ui/Field.tsx';
import { sendFailure } from '../../../../ui/sendFailure.ts';
import type { ListName } from '../../schema.ts';
import type { ItemChangeInput, PlansViewProps } from '../types.ts';
import { useSentValue } from './useSentValue.ts';

/** How long typing may pause before the field saves what is typed (others see it then). */
const SAVE_AFTER_MS = 800;

export interface PlanFieldProps {
  readonly view: PlansViewProps;
  readonly list: ListName;
  readonly itemId: string;
  readonly field: string;
  readonly value: string | null;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly multiline?: boolean;
  readonly maxLength: number;
}

/**
 * One text field of one plan item, edited live by several phones. It saves only its own field
 * (a pause in typing, or leaving the field), so edits of other fields and items never collide.
 * While it has focus it keeps what this person is typing: a change arriving from another phone
 * shows once they leave the field (the same field at once: the last one saved wins). Others
 * who see the plan are told that someone is editing it (no name, never stored).
 */
export function PlanField(props: PlanFieldProps) {
  const { view, list, itemId, field, required } = props;
  const { t, tApp } = view;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, markSent] = useSentValue(props.value ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const signalKey = `${itemId}.${field}`;
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = (text: string) => {
    clearTimeout(timer.current);
    const next = text.trim() === '' ? null : text.trim();
    if (next === null && required) return setError(t('field.required'));
    setError(null);
    if (next === (props.value ?? null)) return;
    markSent(next ?? '');
    const change = { list, [field]: next } as ItemChangeInput;
    void view.send({ type: 'editItem', itemId, change }).then((result) => {
      if (!result.ok) setError(sendFailure(result, tApp, [field]).message);
    });
  };

  const shown = draft ?? saved;
  // The counter shows when the limit is near; far from it, it is noise on a small screen.
  const near = shown.length > props.maxLength * 0.8;
  const common = {
    label: props.label,
    hint: props.hint,
    error,
    value: shown,
    maxLength: near ? props.maxLength : undefined,
    onFocus: () => {
      setDraft(saved);
      view.signal('editing', signalKey, true);
    },
    onInput: (event: Event) => {
      const text = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      setDraft(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => save(text), SAVE_AFTER_MS);
    },
    onBlur: () => {
      if (draft !== null) save(draft);
      setDraft(null);
      view.signal('editing', signalKey, false);
    },
  };
  return (
    <div class="wp-plans-field">
      {props.multiline ? <TextArea {...common} rows={2} /> : <TextField {...common} />}
      {view.othersActive('editing', signalKey) && (
        <p class="wp-field__hint wp-plans-field__others">{t('field.othersEditing')}</p>
      )}
    </div>
  );
}
