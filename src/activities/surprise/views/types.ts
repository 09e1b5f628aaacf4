import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { SurpriseCommand, SurpriseConfig } from '../schema.ts';
import type { SurpriseView } from '../view.ts';

/** The view props of this kind: its config, the view of the viewer's audience, its commands. */
export type SurpriseViewProps = ActivityViewProps<SurpriseConfig, SurpriseView, SurpriseCommand>;
