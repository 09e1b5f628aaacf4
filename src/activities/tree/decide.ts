import { DomainError, ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import { decideGrouping } from './decideGroups.ts';
import { itemsOfGroup } from './indexes.ts';
import { phases } from './phases.ts';
import {
  MAX_ITEMS_PER_GROUP,
  groupList,
  groupOfParticipant,
  zoneItems,
  type Item,
  type Link,
  type TreeCommand,
  type TreeCtx,
  type TreeEvent,
  type TreeState,
} from './schema.ts';

/** Decides one command of "Boom van de samenwerking". Authorisation by role happens here too. */
export function decide(command: TreeCommand, state: TreeState, ctx: TreeCtx): TreeEvent[] {
  const facilitatorOnly = () => ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  switch (command.type) {
    case 'formGroups':
    case 'addGroup':
    case 'moveMember':
    case 'setFocus':
      return decideGrouping(command, state, ctx);
    case 'startBuilding':
      facilitatorOnly();
      phases.ensureMove(state.phase, 'building');
      ensure(
        groupList(state).some((g) => g.members.length > 0),
        'WP_ERR_VALIDATION',
        { field: 'groups' },
      );
      return [{ type: 'buildingStarted' }];
    case 'addItem': {
      ensure(ctx.participant, 'WP_ERR_FORBIDDEN');
      phases.ensureIn(state.phase, 'building');
      const group = groupOfParticipant(state, ctx.participant.id);
      ensure(group, 'WP_ERR_FORBIDDEN');
      const count = itemsOfGroup(state.items, group.id).length;
      ensure(count < MAX_ITEMS_PER_GROUP, 'WP_ERR_TOO_LARGE');
      const last = zoneItems(state, group.id, command.zone).at(-1);
      return [
        {
          type: 'itemAdded',
          itemId: ctx.newId(),
          groupId: group.id,
          zone: command.zone,
          rank: last ? last.rank + 1 : 0,
          text: command.text,
          links: checkedLinks(command.links ?? [], ctx),
          authorId: ctx.participant.id,
        },
      ];
    }
    case 'editItem': {
      const item = changeableItem(state, command.itemId, ctx);
      const links = command.links ? checkedLinks(command.links, ctx) : [...item.links];
      if (item.text === command.text && sameLinks(item.links, links)) return [];
      return [{ type: 'itemEdited', itemId: item.id, text: command.text, links }];
    }
    case 'deleteItem': {
      const item = changeableItem(state, command.itemId, ctx);
      return [{ type: 'itemDeleted', itemId: item.id }];
    }
    case 'moveItem': {
      const item = changeableItem(state, command.itemId, ctx);
      const others = zoneItems(state, item.groupId, command.zone).filter((i) => i.id !== item.id);
      const index = Math.min(command.index ?? others.length, others.length);
      const now = zoneItems(state, item.groupId, item.zone).findIndex((i) => i.id === item.id);
      if (item.zone === command.zone && now === index) return [];
      return [{ type: 'itemMoved', itemId: item.id, zone: command.zone, index }];
    }
    case 'shareTrees':
      facilitatorOnly();
      phases.ensureMove(state.phase, 'shared');
      return [{ type: 'treesShared' }];
    case 'showTree':
      facilitatorOnly();
      phases.ensureIn(state.phase, 'shared', 'closed');
      if (command.groupId !== null) ensure(own(state.groups, command.groupId), 'WP_ERR_NOT_FOUND');
      return state.shownGroupId === command.groupId
        ? []
        : [{ type: 'treeShown', groupId: command.groupId }];
    case 'close':
      facilitatorOnly();
      if (state.phase === 'closed') return [];
      phases.ensureMove(state.phase, 'closed');
      return [{ type: 'closed' }];
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

/**
 * An item the actor may change now: every member of its group while building (a tree is group
 * work, so not only the author), and facilitators until the activity closes (to tidy up).
 */
function changeableItem(state: TreeState, itemId: string, ctx: TreeCtx): Item {
  const item = own(state.items, itemId);
  ensure(item, 'WP_ERR_NOT_FOUND');
  if (ctx.isFacilitator) {
    phases.ensureIn(state.phase, 'building', 'shared');
    return item;
  }
  ensure(ctx.participant, 'WP_ERR_FORBIDDEN');
  phases.ensureIn(state.phase, 'building');
  ensure(groupOfParticipant(state, ctx.participant.id)?.id === item.groupId, 'WP_ERR_FORBIDDEN');
  return item;
}

/** Links must point at a role or strength this workshop offers now; duplicates are dropped. */
function checkedLinks(links: readonly Link[], ctx: TreeCtx): Link[] {
  const result: Link[] = [];
  for (const link of links) {
    const known = ctx.references.some(
      (r) => r.type === link.type && r.activityId === link.activityId && r.id === link.id,
    );
    ensure(known, 'WP_ERR_VALIDATION', { field: 'links' });
    if (!result.some((l) => l.activityId === link.activityId && l.id === link.id))
      result.push({ type: link.type, activityId: link.activityId, id: link.id });
  }
  return result;
}

function sameLinks(a: readonly Link[], b: readonly Link[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (l, i) => l.type === b[i]?.type && l.activityId === b[i]?.activityId && l.id === b[i]?.id,
    )
  );
}
