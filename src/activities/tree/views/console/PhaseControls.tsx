import { PhaseSteps } from '../../../../ui/PhaseSteps.tsx';
import { phases } from '../../phases.ts';
import type { TreeCommand } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';

type Phase = (typeof phases.phases)[number];

/** What each move sends, and the words on its button (nothing leads back to grouping). */
const MOVES: Record<Phase, { command: TreeCommand; label: string } | null> = {
  grouping: null,
  building: { command: { type: 'startBuilding' }, label: 'console.startBuilding' },
  shared: { command: { type: 'shareTrees' }, label: 'console.shareTrees' },
  closed: { command: { type: 'close' }, label: 'console.close' },
};

/**
 * Where the activity is, and the one way on: grouping → building → shared → closed. Building
 * cannot start before someone is in a group: the button says so by being disabled.
 */
export function PhaseControls(props: TreeViewProps) {
  const { t } = props;
  const { phase, groups } = props.activity.state;
  const anyMembers = Object.values(groups).some((g) => (g.members?.length ?? 0) > 0);
  return (
    <PhaseSteps
      machine={phases}
      phase={phase}
      status={<strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong>}
      actionLabel={(to) => t(MOVES[to]?.label ?? '')}
      onMove={async (to) => {
        const move = MOVES[to];
        if (move) await props.send(move.command);
      }}
      disabled={(to) => to === 'building' && !anyMembers}
    />
  );
}
