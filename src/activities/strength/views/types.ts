import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { StrengthCommand, StrengthConfig, StrengthState } from '../schema.ts';

/** The view props of this kind, with its own config, state and commands. */
export type StrengthViewProps = ActivityViewProps<StrengthConfig, StrengthState, StrengthCommand>;
