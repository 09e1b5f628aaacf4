import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { Choice } from '../../../../ui/Choice.tsx';
import { TextArea } from '../../../../ui/Field.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { characterLimit } from '../../../../ui/characterLimit.ts';
import { sendFailure } from '../../../../ui/sendFailure.ts';
import type { Side } from '../../../../domain/workshop/state.ts';
import type { CrossTheLineViewProps } from '../types.ts';

/**
 * Sending in a prejudice: about whom, and the words. The box empties at once; if the server
 * refuses, the words come back with the reason. `onSent` lets the phone remember it.
 */
export function SubmitForm(props: {
  view: CrossTheLineViewProps;
  onSent: (text: string, about: Side) => void;
}) {
  const { t, tApp, send } = props.view;
  const [about, setAbout] = useState<Side | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const limit = characterLimit(text, LIMITS.noteText);

  async function submit(e: Event) {
    e.preventDefault();
    const value = text.trim();
    if (!about) return setError(t('participant.aboutLegend'));
    if (!value) return setError(tApp('common.characters.empty'));
    if (limit.stage === 'over')
      return setError(tApp('common.characters.tooLong', { limit: limit.max, over: -limit.left }));
    setError(null);
    setText('');
    setDone('');
    const result = await send({ type: 'submitPrejudice', about, text: value });
    if (!result.ok) {
      setText(value);
      setError(sendFailure(result, tApp, ['text', 'about']).message);
      return;
    }
    props.onSent(value, about);
    setDone(t('participant.submitted'));
  }

  return (
    <form class="wp-stack wp-card" onSubmit={submit}>
      <Choice<Side>
        legend={t('participant.aboutLegend')}
        name="about"
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
        hint={t('participant.textHint')}
        value={text}
        maxLength={LIMITS.noteText}
        rows={3}
        error={error}
        onInput={(e) => {
          setText(e.currentTarget.value);
          if (error) setError(null);
        }}
      />
      <div class="wp-row">
        <Button type="submit">{t('participant.submit')}</Button>
      </div>
      {done && <p class="wp-xl-done">{done}</p>}
      <LiveRegion message={done} />
    </form>
  );
}
