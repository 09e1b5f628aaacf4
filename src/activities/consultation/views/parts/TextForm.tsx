import { useState } from 'preact/hooks';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import type { Translate } from '../../../../i18n/index.ts';
import type { SendResult } from '../../../../ui/activityView.ts';
import { Button } from '../../../../ui/Button.tsx';
import { characterLimit } from '../../../../ui/characterLimit.ts';
import { TextArea } from '../../../../ui/Field.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { sendFailure } from '../../../../ui/sendFailure.ts';

/**
 * One text to send (a question, an advice). The field empties at once (the text shows as
 * "sending…" in its list); a refusal brings the words back, with the reason at the field.
 */
export function TextForm(props: {
  label: string;
  hint?: string;
  submitLabel: string;
  requiredMessage: string;
  doneMessage: string;
  tApp: Translate;
  send: (text: string) => Promise<SendResult>;
  /** Puts the caret in the field when the form opens (an advice form opened by a tap). */
  autoFocus?: boolean;
}) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  async function submit(e: Event) {
    e.preventDefault();
    const text = value.trim();
    const limit = characterLimit(value, LIMITS.noteText);
    if (!text) return setError(props.requiredMessage);
    if (limit.stage === 'over')
      return setError(
        props.tApp('common.characters.tooLong', { limit: limit.max, over: -limit.left }),
      );
    setValue('');
    setMessage('');
    const result = await props.send(text);
    if (result.ok) return setMessage(props.doneMessage);
    setValue(text);
    setError(sendFailure(result, props.tApp, ['text']).message);
  }

  return (
    <form class="wp-stack wp-consult-form" onSubmit={submit} noValidate>
      <TextArea
        label={props.label}
        hint={props.hint}
        value={value}
        rows={2}
        maxLength={LIMITS.noteText}
        error={error}
        autoFocus={props.autoFocus}
        onInput={(e) => {
          setValue(e.currentTarget.value);
          if (error) setError(null);
        }}
      />
      <div>
        <Button type="submit">{props.submitLabel}</Button>
      </div>
      <LiveRegion message={message} />
    </form>
  );
}
