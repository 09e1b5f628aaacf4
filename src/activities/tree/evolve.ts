import type { EventMeta } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import { placeItem, withItem } from './items.ts';
import type { Group, TreeEvent, TreeState } from './schema.ts';

export const initialTreeState: TreeState = {
  phase: 'grouping',
  groups: {},
  items: {},
  shownGroupId: null,
};

function withGroup(state: TreeState, group: Group): TreeState {
  return { ...state, groups: { ...state.groups, [group.id]: group } };
}

/** Applies one event to the full state (on the server; browsers receive views instead). */
export function evolve(state: TreeState, event: TreeEvent, _meta: EventMeta): TreeState {
  switch (event.type) {
    case 'groupsFormed':
      return { ...state, groups: Object.fromEntries(event.groups.map((g) => [g.id, g])) };
    case 'groupAdded':
      return withGroup(state, event.group);
    case 'memberMoved':
      return moveMember(state, event.participantId, event.toGroupId);
    case 'focusChanged': {
      const group = own(state.groups, event.groupId);
      return group ? withGroup(state, { ...group, focus: event.focus }) : state;
    }
    case 'buildingStarted':
      return { ...state, phase: 'building' };
    case 'itemAdded': {
      const { type: _type, itemId, ...fields } = event;
      return withItem(state, { ...fields, id: itemId });
    }
    case 'itemEdited': {
      const item = own(state.items, event.itemId);
      return item ? withItem(state, { ...item, text: event.text, links: event.links }) : state;
    }
    case 'itemMoved':
      return placeItem(state, event.itemId, event.zone, event.index);
    case 'itemDeleted': {
      if (!Object.hasOwn(state.items, event.itemId)) return state;
      const { [event.itemId]: _gone, ...items } = state.items;
      return { ...state, items };
    }
    case 'treesShared':
      return { ...state, phase: 'shared', shownGroupId: null };
    case 'treeShown':
      return { ...state, shownGroupId: event.groupId };
    case 'closed':
      return { ...state, phase: 'closed' };
  }
}

function moveMember(state: TreeState, participantId: string, toGroupId: string | null) {
  let next = state;
  for (const group of Object.values(state.groups)) {
    const members = group.members.filter((id) => id !== participantId);
    if (group.id === toGroupId) members.push(participantId);
    if (members.length !== group.members.length || group.id === toGroupId)
      next = withGroup(next, { ...group, members });
  }
  return next;
}
