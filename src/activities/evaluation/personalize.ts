import type { EvaluationOverlay, EvaluationView } from './viewShapes.ts';

/** In the browser: the phone's own answers folded into the shared view. */
export function personalize(view: EvaluationView, overlay: EvaluationOverlay): EvaluationView {
  return overlay.mine === view.mine ? view : { ...view, mine: overlay.mine };
}
