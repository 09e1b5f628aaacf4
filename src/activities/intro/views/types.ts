import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { IntroCommand, IntroConfig, IntroState } from '../schema.ts';

/** The view props of this kind, with its own config, state and commands. */
export type IntroViewProps = ActivityViewProps<IntroConfig, IntroState, IntroCommand>;
