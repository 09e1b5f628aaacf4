import type { TreeOverlay, TreeView } from './viewShapes.ts';

/**
 * Runs in the browser: my group (after sharing everyone sees the same view, so the overlay
 * says which tree is mine) and my own items marked as mine (the "Van jou" badge). View and
 * overlay arrive as separate messages, so either may be a step ahead: an id the view does not
 * hold is ignored, and a group's own view wins over the overlay about which group this is.
 */
export function personalize(view: TreeView, overlay: TreeOverlay, participantId: string): TreeView {
  const myGroupId =
    view.myGroupId ?? (Object.hasOwn(view.groups, overlay.groupId) ? overlay.groupId : null);
  const mine = overlay.mine.filter(
    (id) => Object.hasOwn(view.items, id) && view.items[id]?.authorId !== participantId,
  );
  if (myGroupId === view.myGroupId && mine.length === 0) return view;
  const items = { ...view.items };
  for (const id of mine) items[id] = { ...items[id]!, authorId: participantId };
  return { ...view, myGroupId, items };
}
