import { useEffect, useState } from 'preact/hooks';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { TextField } from '../../../../ui/Field.tsx';
import { SettingsDetails } from '../../../../ui/SettingsDetails.tsx';
import type { SendResult } from '../../../../ui/activityView.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import { MINUTES_MAX, MINUTES_MIN, type PitchConfig } from '../../schema.ts';
import type { PitchViewProps } from '../types.ts';

/** The minutes per pitch, folded away: mostly set before the pitches start. */
export function SettingsPanel(
  props: PitchViewProps & { configure: (config: PitchConfig) => Promise<SendResult> },
) {
  const { t } = props;
  const saved = props.activity.config.minutesPerPitch;
  const [minutes, setMinutes] = useState(String(saved));
  const { busy, error: problem, setError: setProblem, run } = useSubmission();
  const [message, setMessage] = useState('');
  useEffect(() => setMinutes(String(saved)), [saved]);

  async function save(e: Event) {
    e.preventDefault();
    setMessage('');
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < MINUTES_MIN || value > MINUTES_MAX)
      return setProblem(t('console.minutesInvalid'));
    setProblem(null);
    await run(
      () => props.configure({ minutesPerPitch: value }),
      () => setMessage(t('console.saved')),
    );
  }

  return (
    <SettingsDetails summary={t('console.settings')} message={message}>
      <form class="wp-stack" onSubmit={save}>
        <TextField
          label={t('console.minutesLabel')}
          hint={t('console.minutesHint')}
          error={problem}
          type="number"
          inputMode="numeric"
          min={MINUTES_MIN}
          max={MINUTES_MAX}
          value={minutes}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
        <FormActions busy={busy} submitLabel={t('console.save')} />
      </form>
    </SettingsDetails>
  );
}
