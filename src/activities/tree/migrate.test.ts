import { describe, expect, it } from 'vitest';
import { FACILITATOR, participant } from '../../domain/testing/workshopHarness.ts';
import type { DomainEvent, EventEnvelope } from '../../domain/events.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { treeKind } from './index.ts';
import { isShared, type Item, type TreeEvent, type TreeState } from './schema.ts';
import { ANNA, building, itemId } from './testkit.ts';

/** An event as the log holds it: any fields. */
type StoredEvent = DomainEvent & Record<string, unknown>;

/** An item as version 1 stored it: with the flags stateless redaction needed. */
const v1Item = (item: Item, revealed: boolean) => ({ ...item, revealed, placeholder: false });

/**
 * The event as version 1 of `decide` wrote it, given the activity's state before it: what the
 * old server stored, field for field.
 */
function asVersion1(event: TreeEvent, before: TreeState): StoredEvent {
  const groupOf = (id: string) => before.items[id]?.groupId;
  switch (event.type) {
    case 'itemAdded':
      return { ...event, revealed: false, placeholder: false };
    case 'itemEdited':
      return { ...event, groupId: groupOf(event.itemId), revealed: isShared(before.phase) };
    case 'itemMoved':
    case 'itemDeleted':
      return { ...event, groupId: groupOf(event.itemId) };
    case 'memberMoved':
      return {
        ...event,
        toGroupItems: Object.values(before.items)
          .filter((i) => i.groupId === event.toGroupId && !isShared(before.phase))
          .map((i) => v1Item(i, false)),
        forgetFromGroup: false,
      };
    case 'treesShared':
      return { ...event, items: Object.values(before.items).map((i) => v1Item(i, true)) };
    default:
      return event;
  }
}

describe('tree: version 1 logs still open', () => {
  it('replays a version-1 log of every event type to the state of today', () => {
    const g = building();
    const root = itemId(g.send(ANNA, { type: 'addItem', zone: 'roots', text: 'Respect' }));
    const mate = participant(g.mate);
    g.send(mate, { type: 'addItem', zone: 'fruits', text: 'Minder angst' });
    g.send(participant(g.outsider), { type: 'addItem', zone: 'roots', text: 'Lef' });
    g.send(mate, { type: 'editItem', itemId: root, text: 'Respect voor elkaar' });
    g.send(mate, { type: 'moveItem', itemId: root, zone: 'wateringCan' });
    g.send(FACILITATOR, { type: 'addGroup' });
    g.send(FACILITATOR, { type: 'setFocus', groupId: g.first.id, focus: 'community' });
    g.send(FACILITATOR, { type: 'setFocus', groupId: g.first.id, focus: 'individual' });
    g.send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: g.other.id });
    const gone = itemId(g.send(ANNA, { type: 'addItem', zone: 'roots', text: 'weg' }));
    g.send(ANNA, { type: 'deleteItem', itemId: gone });
    g.send(FACILITATOR, { type: 'shareTrees' });
    g.send(FACILITATOR, { type: 'editItem', itemId: root, text: 'Respect!' });
    g.send(FACILITATOR, { type: 'showTree', groupId: g.other.id });
    g.send(FACILITATOR, { type: 'close' });

    const engine = g.h.engine;
    let state: WorkshopState = engine.replay([]);
    const version1: EventEnvelope[] = g.h.log.map((envelope) => {
      const before = state.activities[g.activityId]?.state as TreeState | undefined;
      state = engine.evolve(state, envelope);
      if (envelope.activityId !== g.activityId || !before) return envelope;
      const event = asVersion1(envelope.event as TreeEvent, before);
      return { ...envelope, v: 1, event };
    });
    const ours = version1.filter((e) => e.activityId === g.activityId);
    expect(ours.every((e) => e.v === 1)).toBe(true);
    const types = new Set(ours.map((e) => e.event.type));
    expect(types.size).toBe(12);
    expect(engine.replay(version1)).toEqual(g.h.state);
  });

  it('drops the fields only redaction needed', () => {
    const v1: StoredEvent = {
      type: 'memberMoved',
      participantId: 'anna',
      fromGroupId: 'g1',
      toGroupId: 'g2',
      toGroupItems: [{ id: 'i1', text: 'geheim' }],
      forgetFromGroup: true,
    };
    expect(treeKind.migrateEvent!(v1, 1)).toEqual({
      type: 'memberMoved',
      participantId: 'anna',
      fromGroupId: 'g1',
      toGroupId: 'g2',
    });
    const shared: StoredEvent = { type: 'treesShared', items: [] };
    expect(treeKind.migrateEvent!(shared, 1)).toEqual({
      type: 'treesShared',
    });
    const today = { type: 'itemDeleted', itemId: 'i1' };
    expect(treeKind.migrateEvent!(today, 2)).toBe(today);
  });
});
