import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { TreeCommand, TreeConfig } from '../schema.ts';
import type { TreeView } from '../viewShapes.ts';

/**
 * The view props of this kind: `activity.state` is the view of this screen's audience (with
 * a phone's overlay folded in), never the full state; see `viewShapes.ts`.
 */
export type TreeViewProps = ActivityViewProps<TreeConfig, TreeView, TreeCommand>;
