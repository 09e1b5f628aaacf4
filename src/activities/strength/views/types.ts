import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { StrengthCommand, StrengthConfig } from '../schema.ts';
import type { StrengthView } from '../view.ts';

/** The view props of this kind: its config, the view of the viewer's audience, its commands. */
export type StrengthViewProps = ActivityViewProps<StrengthConfig, StrengthView, StrengthCommand>;
