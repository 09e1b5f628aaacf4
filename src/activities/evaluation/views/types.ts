import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { EvaluationCommand, EvaluationConfig } from '../schema.ts';
import type { EvaluationView } from '../viewShapes.ts';

/** The view props of this kind: its config, the view of the viewer's audience, its commands. */
export type EvaluationViewProps = ActivityViewProps<
  EvaluationConfig,
  EvaluationView,
  EvaluationCommand
>;

/** What a phone is filling in: a score or words per question id, as typed (not yet checked). */
export type Draft = Readonly<
  Record<string, { readonly score: number | null; readonly text: string }>
>;
