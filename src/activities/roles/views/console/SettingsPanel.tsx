import { useEffect, useState } from 'preact/hooks';
import { Choice } from '../../../../ui/Choice.tsx';
import { SettingsDetails } from '../../../../ui/SettingsDetails.tsx';
import type { SendResult } from '../../../../ui/activityView.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import type { RolesConfig, Scope } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';
import { Checkbox } from '../../../../ui/Checkbox.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';

/** Scope and anonymity, folded away: mostly set before the activity starts. */
export function SettingsPanel(
  props: RolesViewProps & { configure: (config: RolesConfig) => Promise<SendResult> },
) {
  const { t } = props;
  const config = props.activity.config;
  const [scope, setScope] = useState<Scope>(config.scope);
  const [anonymous, setAnonymous] = useState(config.anonymous);
  const { busy, error: problem, run } = useSubmission();
  const [message, setMessage] = useState('');
  // A colleague's saved change replaces what is shown.
  useEffect(() => {
    setScope(config.scope);
    setAnonymous(config.anonymous);
  }, [config.scope, config.anonymous]);

  async function save(e: Event) {
    e.preventDefault();
    setMessage('');
    await run(
      () => props.configure({ ...config, scope, anonymous }),
      () => setMessage(t('console.settingsSaved')),
    );
  }

  return (
    <SettingsDetails summary={t('console.settings')} message={message}>
      <form class="wp-stack" onSubmit={save}>
        <Choice<Scope>
          legend={t('console.scopeLegend')}
          name={`roles-scope-${props.activity.id}`}
          value={scope}
          onChange={setScope}
          options={(['workshop', 'municipality'] as const).map((s) => ({
            value: s,
            label: t(`console.scope.${s}`),
          }))}
        />
        <p class="wp-field__hint">{t('console.scopeHint')}</p>
        <Checkbox checked={anonymous} onChange={setAnonymous}>
          {t('console.anonymousLabel')}
        </Checkbox>
        <FormActions busy={busy} submitLabel={t('console.saveSettings')} error={problem} />
      </form>
    </SettingsDetails>
  );
}
