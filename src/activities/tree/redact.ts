import type { ActivityViewer } from '../../domain/actors.ts';
import { authorFor, canRead, itemFor } from './items.ts';
import type { Item, TreeEvent, TreeState } from './schema.ts';

/**
 * What each viewer receives. The rules themselves are written down beside `canRead` in
 * `items.ts`; here they are applied to events (using only the event and the viewer) and to
 * the state (the first snapshot), in the same way.
 */
export function redactEvent(event: TreeEvent, viewer: ActivityViewer): TreeEvent | null {
  if (viewer.kind === 'facilitator') return event;
  switch (event.type) {
    case 'itemAdded':
      if (!canRead(event, viewer))
        return { ...event, text: '', links: [], authorId: null, placeholder: true };
      return { ...event, authorId: authorFor(event.authorId, viewer) };
    case 'itemEdited':
      return canRead(event, viewer) ? event : null;
    case 'memberMoved': {
      const mover = viewer.kind === 'participant' && viewer.participantId === event.participantId;
      // Only the person who moves needs the new group's work (and must lose the old group's).
      return mover
        ? {
            ...event,
            toGroupItems: event.toGroupItems.map((i) => itemFor(i, viewer)),
            forgetFromGroup: event.fromGroupId !== null,
          }
        : { ...event, toGroupItems: [], forgetFromGroup: false };
    }
    case 'treesShared':
      return { ...event, items: event.items.map((i) => itemFor(i, viewer)) };
    case 'groupsFormed':
    case 'groupAdded':
    case 'focusChanged':
    case 'buildingStarted':
    case 'itemMoved':
    case 'itemDeleted':
    case 'treeShown':
    case 'closed':
      return event;
  }
}

export function redactState(state: TreeState, viewer: ActivityViewer): TreeState {
  if (viewer.kind === 'facilitator') return state;
  const items: Record<string, Item> = {};
  for (const item of Object.values(state.items)) items[item.id] = itemFor(item, viewer);
  return { ...state, items };
}
