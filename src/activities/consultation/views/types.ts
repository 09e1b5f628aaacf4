import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { ConsultationCommandInput, ConsultationConfig } from '../schema.ts';
import type { ConsultationView } from '../viewShapes.ts';

/** The view props of this kind; `activity.state` is the audience's view (see `viewShapes.ts`). */
export type ConsultationViewProps = ActivityViewProps<
  ConsultationConfig,
  ConsultationView,
  ConsultationCommandInput
>;
