import { PhaseSteps } from '../../../../ui/PhaseSteps.tsx';
import { phases } from '../../phases.ts';
import type { CrossTheLineCommand, Phase } from '../../schema.ts';
import type { CrossTheLineViewProps } from '../types.ts';

const MOVES: Record<Phase, CrossTheLineCommand | null> = {
  collect: null,
  play: { type: 'startPlay' },
  bowl: { type: 'startBowling' },
  closed: { type: 'close' },
};

/** Where the activity is, and the way on: collect → play → skittles → close (and back). */
export function PhaseControls(props: CrossTheLineViewProps) {
  const { t } = props;
  const { phase } = props.activity.state;
  return (
    <PhaseSteps
      machine={phases}
      phase={phase}
      status={<strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong>}
      actionLabel={(to) =>
        to === 'play' && phase !== 'collect' ? t('console.moveBackToPlay') : t(`console.move.${to}`)
      }
      onMove={(to) => {
        const command = MOVES[to];
        return command ? props.send(command) : Promise.resolve();
      }}
    />
  );
}
