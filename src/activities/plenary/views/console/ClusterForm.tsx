import { useState } from 'preact/hooks';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import type { Translate } from '../../../../i18n/index.ts';
import type { SendResult } from '../../../../ui/activityView.ts';
import { TextField } from '../../../../ui/Field.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { sendFailure } from '../../../../ui/sendFailure.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';

/**
 * A cluster's name: to make a new cluster (the field empties when it is made) or to rename one
 * (closes when saved). A refusal, such as a name already in use, shows under the field.
 */
export function ClusterForm(props: {
  label: string;
  submitLabel: string;
  initial?: string;
  tApp: Translate;
  onSubmit: (name: string) => Promise<SendResult>;
  onCancel?: () => void;
  onDone?: () => void;
}) {
  const [name, setName] = useState(props.initial ?? '');
  const { busy, error, setError, run } = useSubmission();
  async function submit(e: Event) {
    e.preventDefault();
    const value = name.trim();
    if (!value) return setError(props.tApp('common.characters.empty'));
    await run(
      async () => {
        const result = await props.onSubmit(value);
        return result.ok ? result : sendFailure(result, props.tApp, ['name']).message;
      },
      () => {
        if (props.initial === undefined) setName('');
        props.onDone?.();
      },
    );
  }
  return (
    <form class="wp-stack" onSubmit={submit}>
      <TextField
        label={props.label}
        value={name}
        maxLength={LIMITS.title}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <FormActions
        busy={busy}
        submitLabel={props.submitLabel}
        error={error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
