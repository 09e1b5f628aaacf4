import { useState } from 'preact/hooks';
import { Button } from '../Button.tsx';
import { TextArea, TextField } from '../Field.tsx';
import type { SendResult } from '../activityView.ts';
import { useAutofocus } from '../useAutofocus.ts';
import { useSubmission } from '../useSubmission.ts';
import type { MergeLabels } from './MergeBar.tsx';

/** Asks for the merged item's wording (starting from the first item's) and merges. */
export function MergeForm(props: {
  initialText: string;
  multiline: boolean;
  maxLength: number;
  labels: MergeLabels;
  onMerge: (text: string) => Promise<SendResult>;
  onClose: (merged: boolean) => void;
}) {
  const { labels } = props;
  const [text, setText] = useState(props.initialText);
  const { busy, error, setError, run } = useSubmission();
  const form = useAutofocus('textarea, input');

  async function merge(e: Event) {
    e.preventDefault();
    if (!text.trim()) return setError(labels.required);
    await run(
      () => props.onMerge(text.trim()),
      () => props.onClose(true),
    );
  }

  const field = {
    label: labels.fieldLabel,
    hint: labels.fieldHint,
    value: text,
    maxLength: props.maxLength,
    error,
  };
  return (
    <form ref={form} class="wp-stack" onSubmit={merge}>
      {props.multiline ? (
        <TextArea {...field} rows={3} onInput={(e) => setText(e.currentTarget.value)} />
      ) : (
        <TextField {...field} onInput={(e) => setText(e.currentTarget.value)} />
      )}
      <div class="wp-row">
        <Button type="submit" busy={busy}>
          {labels.merge}
        </Button>
        <Button variant="secondary" onClick={() => props.onClose(false)}>
          {labels.cancel}
        </Button>
      </div>
    </form>
  );
}
