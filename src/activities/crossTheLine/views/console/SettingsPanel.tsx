import { useEffect, useState } from 'preact/hooks';
import type { SendResult } from '../../../../ui/activityView.ts';
import { Choice } from '../../../../ui/Choice.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { SettingsDetails } from '../../../../ui/SettingsDetails.tsx';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import type { Anonymity, CrossTheLineConfig } from '../../schema.ts';
import type { CrossTheLineViewProps } from '../types.ts';

/** Who may know who sent a prejudice in: nobody (the default), or the facilitators. */
export function SettingsPanel(
  props: CrossTheLineViewProps & { configure: (c: CrossTheLineConfig) => Promise<SendResult> },
) {
  const { t } = props;
  const config = props.activity.config;
  const [anonymity, setAnonymity] = useState<Anonymity>(config.anonymity);
  const { busy, error, run } = useSubmission();
  const [message, setMessage] = useState('');
  useEffect(() => setAnonymity(config.anonymity), [config.anonymity]);
  return (
    <SettingsDetails summary={t('console.settings')} message={message}>
      <form
        class="wp-stack"
        onSubmit={(e) => {
          e.preventDefault();
          setMessage('');
          void run(
            () => props.configure({ ...config, anonymity }),
            () => setMessage(t('console.settingsSaved')),
          );
        }}
      >
        <Choice<Anonymity>
          legend={t('console.anonymityLegend')}
          name="xl-anonymity"
          value={anonymity}
          onChange={setAnonymity}
          options={[
            { value: 'all', label: t('console.anonymityAll') },
            { value: 'peers', label: t('console.anonymityPeers') },
          ]}
        />
        <p class="wp-field__hint">{t('console.anonymityHint')}</p>
        <FormActions busy={busy} error={error} submitLabel={t('console.saveSettings')} />
      </form>
    </SettingsDetails>
  );
}
