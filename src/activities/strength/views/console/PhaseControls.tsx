import { PhaseSteps } from '../../../../ui/PhaseSteps.tsx';
import { phases } from '../../phases.ts';
import type { StrengthCommand } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';

type Phase = (typeof phases.phases)[number];

/** What each move sends, and the words on its button. */
const MOVES: Record<Phase, { command: StrengthCommand; label: string }> = {
  plenary: { command: { type: 'startPlenary' }, label: 'console.startPlenary' },
  write: { command: { type: 'startWriteRound' }, label: 'console.startWriteRound' },
  closed: { command: { type: 'close' }, label: 'console.close' },
};

/**
 * Where the activity is (phase, round) and the way on: write → share (plenary) → write again,
 * and close. Closing is not final: a new writing round reopens it.
 */
export function PhaseControls(props: StrengthViewProps) {
  const { t } = props;
  const { phase, round } = props.activity.state;
  return (
    <PhaseSteps
      machine={phases}
      phase={phase}
      status={
        <>
          <strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong> ·{' '}
          {t('round', { round })}
        </>
      }
      actionLabel={(to) => t(MOVES[to].label)}
      onMove={(to) => props.send(MOVES[to].command)}
    />
  );
}
