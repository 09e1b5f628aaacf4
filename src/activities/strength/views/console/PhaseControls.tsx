import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import type { StrengthCommand } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';

/**
 * Where the activity is (phase, round) and the way on: write → share (plenary) → write again,
 * and close. Closing is not final: a new writing round reopens it.
 */
export function PhaseControls(props: StrengthViewProps) {
  const { t } = props;
  const { phase, round } = props.activity.state;
  const [busy, setBusy] = useState<StrengthCommand['type'] | null>(null);

  async function go(command: StrengthCommand) {
    setBusy(command.type);
    await props.send(command);
    setBusy(null);
  }

  return (
    <div class="wp-spread wp-console-phase">
      <p>
        <strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong> ·{' '}
        {t('round', { round })}
      </p>
      <div class="wp-row">
        {phase === 'write' && (
          <Button busy={busy === 'startPlenary'} onClick={() => void go({ type: 'startPlenary' })}>
            {t('console.startPlenary')}
          </Button>
        )}
        {phase !== 'write' && (
          <Button
            busy={busy === 'startWriteRound'}
            onClick={() => void go({ type: 'startWriteRound' })}
          >
            {t('console.startWriteRound')}
          </Button>
        )}
        {phase !== 'closed' && (
          <Button
            variant="secondary"
            busy={busy === 'close'}
            onClick={() => void go({ type: 'close' })}
          >
            {t('console.close')}
          </Button>
        )}
      </div>
    </div>
  );
}
