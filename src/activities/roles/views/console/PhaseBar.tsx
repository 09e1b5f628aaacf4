import { Button } from '../../../../ui/Button.tsx';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import type { RolesViewProps } from '../types.ts';
import { Checkbox } from '../../../../ui/Checkbox.tsx';

/**
 * Where the activity is, the way to close (and reopen) it, and the catalog switch: whether
 * phones show the seed's roles as suggestions. The switch saves at once.
 */
export function PhaseBar(props: RolesViewProps) {
  const { t, activity } = props;
  const { phase } = activity.state;
  const { busy, run } = useSubmission();
  const configure = props.configure;

  const go = (type: 'close' | 'reopen') => run(() => props.send({ type }));

  return (
    <div class="wp-stack">
      <div class="wp-spread wp-console-phase">
        <p>
          <strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong>
        </p>
        {phase === 'open' ? (
          <Button variant="secondary" busy={busy} onClick={() => void go('close')}>
            {t('console.close')}
          </Button>
        ) : (
          <Button busy={busy} onClick={() => void go('reopen')}>
            {t('console.reopen')}
          </Button>
        )}
      </div>
      {configure && (
        <Checkbox
          checked={activity.config.suggestions}
          onChange={(on) => void configure({ ...activity.config, suggestions: on })}
        >
          {t('console.suggestionsToggle')}
        </Checkbox>
      )}
    </div>
  );
}
