import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { PlenaryCommand, PlenaryConfig } from '../schema.ts';
import type { PlenaryView } from '../view.ts';

/** The view props of this kind: its config, the view of the viewer's audience, its commands. */
export type PlenaryViewProps = ActivityViewProps<PlenaryConfig, PlenaryView, PlenaryCommand>;
