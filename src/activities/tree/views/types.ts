import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { TreeCommand, TreeConfig, TreeState } from '../schema.ts';

/** The view props of this kind, with its own config, state and commands. */
export type TreeViewProps = ActivityViewProps<TreeConfig, TreeState, TreeCommand>;
