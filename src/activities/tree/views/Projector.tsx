import './tree.css';
import './projector/projector.css';
import { BuildingCounts } from './projector/BuildingCounts.tsx';
import { GroupsOverview } from './projector/GroupsOverview.tsx';
import { SharedTrees } from './projector/SharedTrees.tsx';
import type { TreeViewProps } from './types.ts';

/**
 * The big screen: the groups while they form, counts per part of each tree while they build
 * (the content is private until shared), then the trees themselves.
 */
export default function TreeProjector(props: TreeViewProps) {
  const { phase } = props.activity.state;
  return (
    <div class="wp-tree-projector">
      {phase === 'grouping' && <GroupsOverview {...props} />}
      {phase === 'building' && <BuildingCounts {...props} />}
      {(phase === 'shared' || phase === 'closed') && <SharedTrees {...props} />}
    </div>
  );
}
