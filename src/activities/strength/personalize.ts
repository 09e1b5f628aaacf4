import type { StrengthOverlay, StrengthView } from './view.ts';
import { own } from '../../domain/ids.ts';

/** In the browser: my own notes carry me as their author, so I can edit them. */
export function personalize(
  view: StrengthView,
  overlay: StrengthOverlay,
  participantId: string,
): StrengthView {
  if (overlay.mine.length === 0) return view;
  const notes = { ...view.notes };
  for (const id of overlay.mine) {
    const note = own(notes, id);
    if (note && note.authorId !== participantId) notes[id] = { ...note, authorId: participantId };
  }
  return { ...view, notes };
}
