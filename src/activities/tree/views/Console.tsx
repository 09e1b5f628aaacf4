import './tree.css';
import './console/console.css';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { useAnnouncement } from '../../../ui/useOnChange.ts';
import { GroupingPanel } from './console/GroupingPanel.tsx';
import { LiveTrees } from './console/LiveTrees.tsx';
import { PhaseControls } from './console/PhaseControls.tsx';
import { ProjectorChoice } from './console/ProjectorChoice.tsx';
import { useTreeShortcuts } from './console/useShortcuts.ts';
import type { TreeViewProps } from './types.ts';

/**
 * The facilitator's controls for "Boom van de samenwerking": the phase, forming and changing
 * the mixed groups, every tree live, and what the big screen shows after sharing.
 */
export default function TreeConsole(props: TreeViewProps) {
  const { phase } = props.activity.state;
  useTreeShortcuts(props);
  const phaseMessage = useAnnouncement(phase, () =>
    props.t('console.phaseChanged', { phase: props.t(`phase.${phase}`) }),
  );
  // After sharing, what the big screen shows is the facilitator's main job: it comes first.
  const shared = phase === 'shared' || phase === 'closed';
  return (
    <div class="wp-stack wp-tree-console">
      <PhaseControls {...props} />
      {shared && <ProjectorChoice {...props} />}
      <GroupingPanel {...props} />
      <LiveTrees {...props} />
      <LiveRegion message={phaseMessage} />
    </div>
  );
}
