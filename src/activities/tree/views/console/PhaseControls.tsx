import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import type { TreeCommand } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';

/** Where the activity is, and the one way on: grouping → building → shared → closed. */
export function PhaseControls(props: TreeViewProps) {
  const { t } = props;
  const { phase, groups } = props.activity.state;
  const [busy, setBusy] = useState<TreeCommand['type'] | null>(null);
  const anyMembers = Object.values(groups).some((g) => (g.members?.length ?? 0) > 0);

  async function go(command: TreeCommand) {
    setBusy(command.type);
    await props.send(command);
    setBusy(null);
  }

  return (
    <div class="wp-spread wp-console-phase">
      <p>
        <strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong>
      </p>
      <div class="wp-row">
        {phase === 'grouping' && (
          <Button
            disabled={!anyMembers}
            busy={busy === 'startBuilding'}
            onClick={() => void go({ type: 'startBuilding' })}
          >
            {t('console.startBuilding')}
          </Button>
        )}
        {phase === 'building' && (
          <Button busy={busy === 'shareTrees'} onClick={() => void go({ type: 'shareTrees' })}>
            {t('console.shareTrees')}
          </Button>
        )}
        {phase === 'shared' && (
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
