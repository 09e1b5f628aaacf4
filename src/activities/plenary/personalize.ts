import { own } from '../../domain/ids.ts';
import type { PlenaryOverlay, PlenaryView } from './view.ts';

/** In the browser: my own notes carry me as their author, so I can edit them. */
export function personalize(
  view: PlenaryView,
  overlay: PlenaryOverlay,
  participantId: string,
): PlenaryView {
  if (overlay.mine.length === 0) return view;
  const notes = { ...view.notes };
  for (const id of overlay.mine) {
    const note = own(notes, id);
    if (note && note.authorId !== participantId) notes[id] = { ...note, authorId: participantId };
  }
  return { ...view, notes };
}
