import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { RolesCommandInput, RolesConfig } from '../schema.ts';
import type { RolesView } from '../viewShapes.ts';

/**
 * The view props of this kind, with its own config and commands; `activity.state` is the
 * audience's view with this phone's overlay folded in (see `viewShapes.ts`).
 */
export type RolesViewProps = ActivityViewProps<RolesConfig, RolesView, RolesCommandInput>;
