import { useState } from 'preact/hooks';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import type { IntroViewProps } from '../types.ts';
import { SettingsForm, type Configure } from './SettingsForm.tsx';

/** The settings, folded away: mostly set before the first round, sometimes between rounds. */
export function SettingsPanel(props: IntroViewProps & { configure: Configure }) {
  const { t } = props;
  const [message, setMessage] = useState('');
  return (
    <details class="wp-card wp-details">
      <summary>{t('console.settings')}</summary>
      <SettingsForm {...props} onSaved={setMessage} />
      <p aria-hidden="true">{message}</p>
      <LiveRegion message={message} />
    </details>
  );
}
