import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { PlansCommandInput, PlansConfig } from '../schema.ts';
import type { PlansView } from '../viewShapes.ts';

/** The view props of this kind, with its own config and commands (see `viewShapes.ts`). */
export type PlansViewProps = ActivityViewProps<PlansConfig, PlansView, PlansCommandInput>;

/** The change an `editItem` carries: the item's list and the fields that changed. */
export type ItemChangeInput = Extract<PlansCommandInput, { type: 'editItem' }>['change'];
