import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { PitchCommand, PitchConfig, PitchView } from '../schema.ts';

/**
 * The view props of this kind, with its own config, commands, and `activity.state` the view
 * of this screen's audience (view.ts): only the preparations it may read.
 */
export type PitchViewProps = ActivityViewProps<PitchConfig, PitchView, PitchCommand>;
