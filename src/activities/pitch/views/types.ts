import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { PitchCommand, PitchConfig, PitchState } from '../schema.ts';

/** The view props of this kind, with its own config, state and commands. */
export type PitchViewProps = ActivityViewProps<PitchConfig, PitchState, PitchCommand>;
