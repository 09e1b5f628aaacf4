import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { IntroCommand, IntroConfig } from '../schema.ts';
import type { FacilitatorView, PhoneView, ProjectorView } from '../viewShapes.ts';

/** The view props of this kind, with its own config and commands; `State` is the surface's view. */
export type IntroViewProps<State = FacilitatorView> = ActivityViewProps<
  IntroConfig,
  State,
  IntroCommand
>;

/** The console's props: facilitators see the whole state. */
export type ConsoleProps = IntroViewProps<FacilitatorView>;
/** The projector's props: the clock and, when they fit, the running round's pairs. */
export type ProjectorProps = IntroViewProps<ProjectorView>;
/** A phone's props: the clock and its own conversation. */
export type PhoneProps = IntroViewProps<PhoneView>;
