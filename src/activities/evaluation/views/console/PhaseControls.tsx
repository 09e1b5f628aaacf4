import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import type { EvaluationCommand } from '../../schema.ts';
import type { EvaluationViewProps } from '../types.ts';

/**
 * Where the evaluation is and the one way on: open it, close it. Once closed, opening it again
 * is possible but rarely meant (the next step is the screen in the room), so it is the quiet
 * button; the shared PhaseSteps would make it the loudest one.
 */
export function PhaseControls(props: EvaluationViewProps) {
  const { t } = props;
  const { phase } = props.activity.state;
  const [busy, setBusy] = useState(false);
  const move: { command: EvaluationCommand; label: string; primary: boolean } =
    phase === 'open'
      ? { command: { type: 'closeEvaluation' }, label: t('console.close'), primary: true }
      : phase === 'prepare'
        ? { command: { type: 'openEvaluation' }, label: t('console.open'), primary: true }
        : { command: { type: 'openEvaluation' }, label: t('console.reopen'), primary: false };
  async function run() {
    setBusy(true);
    try {
      await props.send(move.command);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="wp-spread wp-console-phase">
      <p>
        <strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong>
      </p>
      <Button
        variant={move.primary ? 'primary' : 'secondary'}
        busy={busy}
        onClick={() => void run()}
      >
        {move.label}
      </Button>
    </div>
  );
}
