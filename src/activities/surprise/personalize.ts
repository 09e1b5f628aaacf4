import { own } from '../../domain/ids.ts';
import type { SurpriseOverlay, SurpriseView } from './view.ts';

/** In the browser: my own texts carry me as their author, so I can edit them. */
export function personalize(
  view: SurpriseView,
  overlay: SurpriseOverlay,
  participantId: string,
): SurpriseView {
  if (overlay.mine.length === 0) return view;
  const texts = { ...view.texts };
  for (const id of overlay.mine) {
    const item = own(texts, id);
    if (item && item.authorId !== participantId) texts[id] = { ...item, authorId: participantId };
  }
  return { ...view, texts };
}
