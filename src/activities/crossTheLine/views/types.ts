import type { ActivityViewProps } from '../../../ui/activityView.ts';
import type { CrossTheLineCommand, CrossTheLineConfig } from '../schema.ts';
import type { CrossTheLineView, PrejudiceCard } from '../viewShapes.ts';

/** The view props of this kind: its config, the view of the viewer's audience, its commands. */
export type CrossTheLineViewProps = ActivityViewProps<
  CrossTheLineConfig,
  CrossTheLineView,
  CrossTheLineCommand
>;

/** The prejudices the room has seen, in the order they were first revealed. */
export function revealedCards(view: CrossTheLineView): PrejudiceCard[] {
  return Object.values(view.prejudices)
    .filter((p) => p.status === 'approved' && p.revealedSeq !== null)
    .sort((a, b) => a.revealedSeq! - b.revealedSeq!);
}

/** The prejudice on the screens now, if any. */
export function currentCard(view: CrossTheLineView): PrejudiceCard | null {
  const id = view.currentId;
  return id && Object.hasOwn(view.prejudices, id) ? view.prejudices[id]! : null;
}

/** Arguments still shown, oldest first. */
export function argumentList(card: PrejudiceCard) {
  return Object.values(card.arguments).sort((a, b) => a.createdSeq - b.createdSeq);
}
