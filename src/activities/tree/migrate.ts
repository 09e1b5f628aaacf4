import type { DomainEvent } from '../../domain/events.ts';
import type { TreeEvent } from './schema.ts';

/**
 * Version 1 events carried what stateless redaction needed: `revealed` and `placeholder` on
 * items, the group on every item change, the destination group's items (and a "forget the
 * old group" flag) in `memberMoved`, and a copy of every item in `treesShared`. Version 2
 * records only what happened. These map the old shapes onto the new ones; a version-1 log
 * replays to the same state as before (less the flags the state no longer keeps).
 */
export function migrateEvent(event: DomainEvent, v: number): TreeEvent {
  if (v >= 2) return event as TreeEvent;
  const old = event as TreeEvent & Record<string, unknown>;
  switch (old.type) {
    case 'itemAdded': {
      const { type, itemId, groupId, zone, rank, text, links, authorId } = old;
      return { type, itemId, groupId, zone, rank, text, links, authorId };
    }
    case 'itemEdited':
      return { type: 'itemEdited', itemId: old.itemId, text: old.text, links: old.links };
    case 'itemMoved':
      return { type: 'itemMoved', itemId: old.itemId, zone: old.zone, index: old.index };
    case 'itemDeleted':
      return { type: 'itemDeleted', itemId: old.itemId };
    case 'memberMoved':
      return {
        type: 'memberMoved',
        participantId: old.participantId,
        fromGroupId: old.fromGroupId,
        toGroupId: old.toGroupId,
      };
    case 'treesShared':
      // The copies in the old event equal the state's items (decide copied them): no loss.
      return { type: 'treesShared' };
    default:
      return old;
  }
}
