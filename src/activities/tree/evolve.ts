import type { EventMeta } from '../../domain/activity.ts';
import { placeItem, toPlaceholder, withItem } from './items.ts';
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

/** Applies one event. Also runs on clients, on events already redacted for them. */
export function evolve(state: TreeState, event: TreeEvent, _meta: EventMeta): TreeState {
  switch (event.type) {
    case 'groupsFormed':
      return { ...state, groups: Object.fromEntries(event.groups.map((g) => [g.id, g])) };
    case 'groupAdded':
      return withGroup(state, event.group);
    case 'memberMoved':
      return moveMember(state, event);
    case 'focusChanged': {
      const group = state.groups[event.groupId];
      return group ? withGroup(state, { ...group, focus: event.focus }) : state;
    }
    case 'buildingStarted':
      return { ...state, phase: 'building' };
    case 'itemAdded': {
      const { type: _type, itemId, ...fields } = event;
      return withItem(state, { ...fields, id: itemId });
    }
    case 'itemEdited': {
      const item = state.items[event.itemId];
      return item ? withItem(state, { ...item, text: event.text, links: event.links }) : state;
    }
    case 'itemMoved':
      return placeItem(state, event.itemId, event.zone, event.index);
    case 'itemDeleted': {
      const { [event.itemId]: _gone, ...items } = state.items;
      return { ...state, items };
    }
    case 'treesShared': {
      let next: TreeState = { ...state, phase: 'shared', shownGroupId: null };
      for (const item of event.items) next = withItem(next, item);
      return next;
    }
    case 'treeShown':
      return { ...state, shownGroupId: event.groupId };
    case 'closed':
      return { ...state, phase: 'closed' };
  }
}

function moveMember(state: TreeState, event: Extract<TreeEvent, { type: 'memberMoved' }>) {
  let next = state;
  for (const group of Object.values(state.groups)) {
    const members = group.members.filter((id) => id !== event.participantId);
    if (group.id === event.toGroupId) members.push(event.participantId);
    if (members.length !== group.members.length || group.id === event.toGroupId)
      next = withGroup(next, { ...group, members });
  }
  // The mover's own copy: the new group's work arrives, the old group's work is private again.
  for (const item of event.toGroupItems) next = withItem(next, item);
  if (event.forgetFromGroup) {
    for (const item of Object.values(next.items)) {
      if (item.groupId === event.fromGroupId && !item.revealed)
        next = withItem(next, toPlaceholder(item));
    }
  }
  return next;
}
