import { useState } from 'preact/hooks';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import type { StrengthViewProps } from '../types.ts';
import { SettingsForm, type Configure } from './SettingsForm.tsx';

/**
 * The activity's settings (the questions, anonymity, kinds of note), folded away because they
 * are mostly set before the activity starts.
 */
export function SettingsPanel(props: StrengthViewProps & { configure: Configure }) {
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
