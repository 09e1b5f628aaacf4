import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../domain/actors.ts';
import { FACILITATOR, participant } from '../../domain/testing/workshopHarness.ts';
import { groupList, zoneItems, type TreeState } from './schema.ts';
import { ANNA, building, itemId, viewerOf } from './testkit.ts';

const PROJECTOR: Viewer = { kind: 'projector' };

/** Anna's group writes a root and a fruit; someone in the other group writes a root. */
function scenario() {
  const g = building();
  g.send(ANNA, { type: 'addItem', zone: 'roots', text: 'geheim respect' });
  g.send(ANNA, { type: 'addItem', zone: 'fruits', text: 'geheime vrucht' });
  g.send(participant(g.outsider), { type: 'addItem', zone: 'roots', text: 'andermans lef' });
  const wire = (viewer: Viewer) => JSON.stringify(g.h.receivedBy(viewer));
  const stateFor = (viewer: Viewer) =>
    g.h.engine.redactState(g.h.state, viewer).activities[g.activityId]?.state as TreeState;
  return { ...g, wire, stateFor };
}

describe('tree: redaction per audience', () => {
  it('before sharing, a group’s tree reaches only that group and the facilitators', () => {
    const { h, wire, mate, outsider } = scenario();
    expect(wire(viewerOf(h, 'anna'))).toContain('geheim respect');
    expect(wire(viewerOf(h, mate))).toContain('geheime vrucht');
    expect(wire(viewerOf(h, mate))).not.toContain('andermans lef');
    expect(wire(viewerOf(h, outsider))).toContain('andermans lef');
    expect(wire(viewerOf(h, outsider))).not.toContain('geheim');
    expect(wire(PROJECTOR)).not.toContain('geheim');
    expect(wire(PROJECTOR)).not.toContain('andermans lef');
    const facilitator = h.viewers()[0]!;
    expect(wire(facilitator)).toContain('geheim respect');
    expect(wire(facilitator)).toContain('andermans lef');
  });

  it('outsiders and the projector hold placeholders: counts per zone per group, nothing else', () => {
    const { stateFor, first, other, h, outsider } = scenario();
    for (const viewer of [PROJECTOR, viewerOf(h, outsider)]) {
      const state = stateFor(viewer);
      const roots = zoneItems(state, first.id, 'roots');
      expect(roots).toHaveLength(1);
      expect(zoneItems(state, first.id, 'fruits')).toHaveLength(1);
      expect(zoneItems(state, first.id, 'wateringCan')).toHaveLength(0);
      expect(roots[0]).toMatchObject({ text: '', links: [], authorId: null, placeholder: true });
    }
    expect(zoneItems(stateFor(PROJECTOR), other.id, 'roots')[0]?.placeholder).toBe(true);
  });

  it('authors are known only to themselves and the facilitators', () => {
    const { h, wire, mate, send } = scenario();
    expect(wire(viewerOf(h, 'anna'))).toContain('"authorId":"anna"');
    expect(wire(viewerOf(h, mate))).not.toContain('"authorId":"anna"');
    expect(wire(h.viewers()[0]!)).toContain('"authorId":"anna"');
    send(FACILITATOR, { type: 'shareTrees' });
    for (const viewer of [viewerOf(h, mate), PROJECTOR])
      expect(wire(viewer)).not.toContain('"authorId":"anna"');
    expect(h.receivedBy(viewerOf(h, mate)).every((e) => e.actor === null)).toBe(true);
  });

  it('edits of an unshared item do not reach outsiders at all', () => {
    const { h, send, state, first, outsider } = scenario();
    const id = zoneItems(state(), first.id, 'roots')[0]!.id;
    send(ANNA, { type: 'editItem', itemId: id, text: 'nog geheimer' });
    expect(JSON.stringify(h.receivedBy(viewerOf(h, outsider)))).not.toContain('nog geheimer');
    expect(JSON.stringify(h.receivedBy(PROJECTOR))).not.toContain('"itemEdited"');
  });

  it('sharing the trees sends every item to everyone, in the share event itself', () => {
    const { h, send, wire } = scenario();
    const [shared] = send(FACILITATOR, { type: 'shareTrees' });
    expect((shared as { items: unknown[] }).items).toHaveLength(3);
    for (const viewer of h.viewers()) {
      expect(wire(viewer)).toContain('geheim respect');
      expect(wire(viewer)).toContain('andermans lef');
    }
  });

  it('someone who moves group gets the new group’s tree and loses the old one', () => {
    const { h, send, stateFor, first, other } = scenario();
    send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: other.id });
    const anna = stateFor(viewerOf(h, 'anna'));
    expect(zoneItems(anna, other.id, 'roots').map((i) => i.text)).toEqual(['andermans lef']);
    expect(zoneItems(anna, first.id, 'roots').map((i) => i.placeholder)).toEqual([true]);
    // Others learn only that Anna moved, not the content.
    const moved = h.receivedBy(PROJECTOR).find((e) => e.event.type === 'memberMoved');
    expect(moved?.event).toMatchObject({ toGroupItems: [], forgetFromGroup: false });
    expect(h.checkRedactionConverges()).toBeNull();
  });

  it('converges: for every viewer, applying the redacted events equals the redacted state', () => {
    const { h, send, state, first, other, mate, outsider } = scenario();
    const root = zoneItems(state(), first.id, 'roots')[0]!.id;
    send(participant(mate), { type: 'editItem', itemId: root, text: 'respect, beter' });
    send(participant(mate), { type: 'moveItem', itemId: root, zone: 'wateringCan' });
    const extra = itemId(
      send(participant(outsider), { type: 'addItem', zone: 'fruits', text: 'x' }),
    );
    send(participant(outsider), { type: 'moveItem', itemId: extra, zone: 'roots', index: 0 });
    send(participant(outsider), { type: 'deleteItem', itemId: extra });
    const focus = first.focus === 'community' ? 'individual' : 'community';
    send(FACILITATOR, { type: 'setFocus', groupId: first.id, focus });
    const [added] = send(FACILITATOR, { type: 'addGroup' });
    const third = (added as { group: { id: string } }).group.id;
    send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: other.id });
    send(FACILITATOR, { type: 'moveMember', participantId: mate, groupId: third });
    send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: null });
    send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: first.id });
    send(FACILITATOR, { type: 'shareTrees' });
    send(FACILITATOR, { type: 'editItem', itemId: root, text: 'Respect' });
    send(FACILITATOR, { type: 'showTree', groupId: other.id });
    send(FACILITATOR, { type: 'moveMember', participantId: outsider, groupId: third });
    send(FACILITATOR, { type: 'close' });
    const types = new Set(h.log.filter((e) => e.activityId).map((e) => e.event.type));
    expect([...types].sort()).toEqual(
      [
        'buildingStarted',
        'closed',
        'focusChanged',
        'groupAdded',
        'groupsFormed',
        'itemAdded',
        'itemDeleted',
        'itemEdited',
        'itemMoved',
        'memberMoved',
        'treeShown',
        'treesShared',
      ].sort(),
    );
    expect(groupList(state())).toHaveLength(3);
    expect(h.checkRedactionConverges()).toBeNull();
  });
});
