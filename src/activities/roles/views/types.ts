import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { RolesCommandInput, RolesConfig, RolesState } from '../schema.ts';

/** The view props of this kind, with its own config, state and commands. */
export type RolesViewProps = ActivityViewProps<RolesConfig, RolesState, RolesCommandInput>;
