import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { Checkbox } from '../../../../ui/Checkbox.tsx';
import { TextArea } from '../../../../ui/Field.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { sendFailure } from '../../../../ui/sendFailure.ts';
import type { CrossTheLineViewProps } from '../types.ts';

/**
 * Adding an argument that debunks the prejudice. Participants choose to sign it (unsigned by
 * default); the facilitator's own arguments say "Begeleider".
 */
export function ArgumentForm(props: {
  view: CrossTheLineViewProps;
  prejudiceId: string;
  label: string;
  title?: string;
}) {
  const { t, tApp, send, me } = props.view;
  const [text, setText] = useState('');
  const [named, setNamed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  async function submit(e: Event) {
    e.preventDefault();
    const value = text.trim();
    if (!value) return setError(tApp('common.characters.empty'));
    setError(null);
    setText('');
    const result = await send({
      type: 'addArgument',
      prejudiceId: props.prejudiceId,
      text: value,
      ...(me ? { named } : {}),
    });
    if (!result.ok) {
      setText(value);
      return setError(sendFailure(result, tApp, ['text']).message);
    }
    setDone(t('participant.argumentAdded'));
  }

  return (
    <form class="wp-stack wp-xl-argument-form" onSubmit={submit}>
      {props.title && <h2>{props.title}</h2>}
      <TextArea
        label={props.label}
        hint={me ? t('participant.debunkHint') : undefined}
        value={text}
        maxLength={LIMITS.noteText}
        rows={2}
        error={error}
        onInput={(e) => {
          setText(e.currentTarget.value);
          if (error) setError(null);
          if (done) setDone('');
        }}
      />
      {me && (
        <div>
          <Checkbox checked={named} onChange={setNamed}>
            {t('participant.signLabel')}
          </Checkbox>
          <p class="wp-field__hint">{t('participant.signHint')}</p>
        </div>
      )}
      <div class="wp-row">
        <Button type="submit">{t('participant.addArgument')}</Button>
      </div>
      <LiveRegion message={done} />
    </form>
  );
}
