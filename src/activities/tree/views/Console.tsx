import { useEffect, useRef, useState } from 'preact/hooks';
import './tree.css';
import './console/console.css';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { GroupingPanel } from './console/GroupingPanel.tsx';
import { LiveTrees } from './console/LiveTrees.tsx';
import { PhaseControls } from './console/PhaseControls.tsx';
import { ProjectorChoice } from './console/ProjectorChoice.tsx';
import type { TreeViewProps } from './types.ts';

/**
 * The facilitator's controls for "Boom van de samenwerking": the phase, forming and changing
 * the mixed groups, every tree live, and what the big screen shows after sharing.
 */
export default function TreeConsole(props: TreeViewProps) {
  const phaseMessage = usePhaseAnnouncement(props);
  const { phase } = props.activity.state;
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

/** Says the new phase aloud when it changes (by this facilitator or a colleague). */
function usePhaseAnnouncement(props: TreeViewProps): string {
  const { phase } = props.activity.state;
  const [message, setMessage] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setMessage(props.t('console.phaseChanged', { phase: props.t(`phase.${phase}`) }));
  }, [phase]);
  return message;
}
