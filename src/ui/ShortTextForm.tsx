import { useState } from 'preact/hooks';
import { LIMITS } from '../domain/workshop/limits.ts';
import type { Translate } from '../i18n/index.ts';
import type { SendResult } from './activityView.ts';
import { Button } from './Button.tsx';
import { characterLimit } from './characterLimit.ts';
import { TextArea } from './Field.tsx';
import { sendFailure } from './sendFailure.ts';

/**
 * Writing or editing one short text (a note on a wall, what surprised you). A new text empties the box at once (it shows as "sending…"
 * until the server confirms); if the server refuses, the text comes back with the reason at
 * the field. A text over the limit is not cut off but refused here, with how much to remove.
 */
export function ShortTextForm(props: {
  label: string;
  hint?: string;
  submitLabel: string;
  cancelLabel?: string;
  initial?: string;
  tApp: Translate;
  onSubmit: (text: string) => Promise<SendResult>;
  onTyping?: (typing: boolean) => void;
  onDone?: () => void;
}) {
  const editing = props.initial !== undefined;
  const [text, setText] = useState(props.initial ?? '');
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
    props.onTyping?.(false);
    if (!editing) setText('');
    const result = await props.onSubmit(value);
    if (result.ok) return props.onDone?.();
    setText(value);
    setError(sendFailure(result, props.tApp, ['text']).message);
  }

  return (
    <form class="wp-stack" onSubmit={submit}>
      <TextArea
        label={props.label}
        hint={props.hint}
        value={text}
        maxLength={LIMITS.noteText}
        rows={3}
        error={error}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          if (!editing) props.onTyping?.(value.trim() !== '');
          if (error) setError(null);
        }}
      />
      <div class="wp-row">
        <Button type="submit">{props.submitLabel}</Button>
        {props.onDone && props.cancelLabel && editing && (
          <Button variant="secondary" onClick={props.onDone}>
            {props.cancelLabel}
          </Button>
        )}
      </div>
    </form>
  );
}
