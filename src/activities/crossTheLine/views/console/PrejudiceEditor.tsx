import { useState } from 'preact/hooks';
import { Choice } from '../../../../ui/Choice.tsx';
import { TextArea } from '../../../../ui/Field.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { useAutofocus } from '../../../../ui/useAutofocus.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import type { Side } from '../../../../domain/workshop/state.ts';
import type { CrossTheLineViewProps } from '../types.ts';

/**
 * The words and the side of a prejudice: for editing one (`prejudiceId`) or adding the
 * facilitator's own. Adding keeps the form open for the next one.
 */
export function PrejudiceEditor(
  props: CrossTheLineViewProps & {
    prejudiceId?: string;
    initial?: { text: string; about: Side };
    onClose?: () => void;
    onAdded?: () => void;
  },
) {
  const { t, tApp } = props;
  const [text, setText] = useState(props.initial?.text ?? '');
  const [about, setAbout] = useState<Side>(props.initial?.about ?? 'informal');
  const { busy, error, setError, run } = useSubmission();
  const form = useAutofocus('textarea');
  const editing = props.prejudiceId !== undefined;

  async function save(e: Event) {
    e.preventDefault();
    const value = text.trim();
    if (!value) return setError(tApp('common.characters.empty'));
    await run(
      () =>
        props.send(
          props.prejudiceId
            ? { type: 'editPrejudice', prejudiceId: props.prejudiceId, text: value, about }
            : { type: 'addPrejudice', text: value, about },
        ),
      () => {
        if (editing) return props.onClose?.();
        setText('');
        props.onAdded?.();
      },
    );
  }

  return (
    <form ref={editing ? form : undefined} class="wp-stack" onSubmit={save}>
      <Choice<Side>
        legend={t('participant.aboutLegend')}
        name={`about-${props.prejudiceId ?? 'new'}`}
        value={about}
        onChange={setAbout}
        compact
        options={(['informal', 'formal'] as const).map((side) => ({
          value: side,
          label: t(`about.${side}`),
        }))}
      />
      <TextArea
        label={t('participant.textLabel')}
        value={text}
        maxLength={LIMITS.noteText}
        rows={2}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <FormActions
        busy={busy}
        error={error}
        submitLabel={editing ? t('console.saveEdit') : t('console.add')}
        onCancel={editing ? props.onClose : undefined}
      />
    </form>
  );
}
