import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { phases } from '../../phases.ts';
import type { TreeCommand } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';

type Phase = (typeof phases.phases)[number];
type Move = Exclude<Phase, 'grouping'>;

/** What each move sends, and the words on its button. */
const MOVES: Record<Move, { command: TreeCommand; label: string }> = {
  building: { command: { type: 'startBuilding' }, label: 'console.startBuilding' },
  shared: { command: { type: 'shareTrees' }, label: 'console.shareTrees' },
  closed: { command: { type: 'close' }, label: 'console.close' },
};

/** Every phase but the first is reached by a command (nothing leads back to grouping). */
const isMove = (to: Phase): to is Move => Object.hasOwn(MOVES, to);

/**
 * Where the activity is, and the one way on: grouping → building → shared → closed. Not drawn
 * with `PhaseSteps`: building cannot start before someone is in a group, and the button says
 * so by being disabled, which `PhaseSteps` does not offer. The moves still come from the machine.
 */
export function PhaseControls(props: TreeViewProps) {
  const { t } = props;
  const { phase, groups } = props.activity.state;
  const [busy, setBusy] = useState<Move | null>(null);
  const anyMembers = Object.values(groups).some((g) => (g.members?.length ?? 0) > 0);

  async function go(to: Move) {
    setBusy(to);
    await props.send(MOVES[to].command);
    setBusy(null);
  }

  return (
    <div class="wp-spread wp-console-phase">
      <p>
        <strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong>
      </p>
      <div class="wp-row">
        {phases
          .next(phase)
          .filter(isMove)
          .map((to) => (
            <Button
              key={to}
              variant={phases.isFinal(to) ? 'secondary' : 'primary'}
              disabled={to === 'building' && !anyMembers}
              busy={busy === to}
              onClick={() => void go(to)}
            >
              {t(MOVES[to].label)}
            </Button>
          ))}
      </div>
    </div>
  );
}
