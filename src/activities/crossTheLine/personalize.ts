import { own } from '../../domain/ids.ts';
import type { CrossTheLineOverlay, CrossTheLineView, PrejudiceCard } from './viewShapes.ts';

/** In the browser: my own crossings, submissions and arguments marked as mine. */
export function personalize(
  view: CrossTheLineView,
  overlay: CrossTheLineOverlay,
  _participantId: string,
): CrossTheLineView {
  const mine = new Set(overlay.arguments);
  const prejudices: Record<string, PrejudiceCard> = { ...view.prejudices };
  for (const id of overlay.crossed) {
    const card = own(prejudices, id);
    if (card) prejudices[id] = { ...card, crossedByMe: true };
  }
  if (mine.size > 0)
    for (const card of Object.values(prejudices)) {
      if (!Object.keys(card.arguments).some((id) => mine.has(id))) continue;
      const args = { ...card.arguments };
      for (const id of Object.keys(args)) if (mine.has(id)) args[id] = { ...args[id]!, mine: true };
      prejudices[card.id] = { ...card, arguments: args };
    }
  return { ...view, prejudices, mine: overlay.submissions };
}
