import type { PhoneOverlay, PhoneView } from './viewShapes.ts';

/**
 * Runs in the browser: puts my conversation into the shared clock view. The overlay and the
 * view arrive as separate patches, so for a moment a phone may hold the new round's clock with
 * the previous round's pair; the round numbers must agree before the pair is shown.
 */
export function personalize(view: PhoneView, overlay: PhoneOverlay): PhoneView {
  if (view.round?.number !== overlay.round) return view;
  return { ...view, mine: overlay.conversation };
}
