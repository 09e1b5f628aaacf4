import { describe, expect, it } from 'vitest';
import { FACILITATOR, participant } from '../../domain/testing/workshopHarness.ts';
import { PARTICIPANTS } from '../../domain/views/audience.ts';
import { zoneItems } from './schema.ts';
import { ANNA, building, given } from './testkit.ts';
import { zoneCount } from './viewShapes.ts';

const texts = (items: object) =>
  Object.values(items)
    .map((i: { text: string }) => i.text)
    .sort();

/** Anna's group writes a root and a fruit; someone in the other group writes a root. */
function scenario() {
  const g = building();
  g.send(ANNA, { type: 'addItem', zone: 'roots', text: 'geheim respect' });
  g.send(ANNA, { type: 'addItem', zone: 'fruits', text: 'geheime vrucht' });
  g.send(participant(g.outsider), { type: 'addItem', zone: 'roots', text: 'andermans lef' });
  return g;
}

describe('tree views: while grouping', () => {
  it('a phone sees its own group and names only its members; the projector names everyone', () => {
    const { send, sees, groupOf } = given();
    expect(sees.audience('anna')).toBe(PARTICIPANTS);
    expect(sees.phone('anna')).toMatchObject({ phase: 'grouping', groups: {}, myGroupId: null });

    send(FACILITATOR, { type: 'formGroups' });
    const mine = groupOf('anna');
    const [other] = ['bram', 'carla', 'dirk'].filter((id) => !mine.members.includes(id));
    expect(sees.audience('anna')).toBe(`group:${mine.id}`);
    const phone = sees.phone('anna');
    expect(Object.keys(phone.groups)).toEqual([mine.id]);
    expect(phone.groups[mine.id]).toEqual({ ...mine, members: [...mine.members] });
    expect(phone.myGroupId).toBe(mine.id);
    expect(sees.people(`group:${mine.id}`)).toEqual([...mine.members].sort());
    expect(sees.wire('anna')).not.toContain(other!);

    const projector = sees.projector();
    expect(
      Object.values(projector.groups)
        .flatMap((g) => g.members)
        .sort(),
    ).toEqual(['anna', 'bram', 'carla', 'dirk']);
    expect(sees.people('projector')).toEqual(['anna', 'bram', 'carla', 'dirk']);
    expect(Object.values(projector.counts)).toEqual([
      { roots: 0, wateringCan: 0, fruits: 0 },
      { roots: 0, wateringCan: 0, fruits: 0 },
    ]);
    // An observer's screen is not the room's: the groups without names.
    expect(Object.values(sees.observer().groups).map((g) => g.members)).toEqual([null, null]);
    expect(sees.people('observer')).toEqual([]);
  });

  it('a participant without a group sees the phase only, and no names at all', () => {
    const { send, sees } = given();
    send(FACILITATOR, { type: 'formGroups' });
    send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: null });
    expect(sees.audience('anna')).toBe(PARTICIPANTS);
    expect(sees.phone('anna')).toEqual({
      phase: 'grouping',
      shownGroupId: null,
      groups: {},
      items: {},
      counts: {},
      myGroupId: null,
    });
    expect(sees.people(PARTICIPANTS)).toEqual([]);
  });
});

describe('tree views: while building', () => {
  it('a group’s tree reaches only that group and the facilitators', () => {
    const { sees, mate, outsider } = scenario();
    expect(texts(sees.phone('anna').items)).toEqual(['geheim respect', 'geheime vrucht']);
    expect(texts(sees.phone(mate).items)).toEqual(['geheim respect', 'geheime vrucht']);
    expect(sees.wire(mate)).not.toContain('andermans lef');
    expect(texts(sees.phone(outsider).items)).toEqual(['andermans lef']);
    expect(sees.wire(outsider)).not.toContain('geheim');
    expect(texts(sees.facilitator().items)).toEqual([
      'andermans lef',
      'geheim respect',
      'geheime vrucht',
    ]);
  });

  it('the projector gets counts per group and zone instead of items, and no text', () => {
    const { sees, first, other, h, activityId } = scenario();
    const projector = sees.projector();
    expect(projector.items).toEqual({});
    expect(projector.counts[first.id]).toEqual({ roots: 1, wateringCan: 0, fruits: 1 });
    expect(projector.counts[other.id]).toEqual({ roots: 1, wateringCan: 0, fruits: 0 });
    expect(zoneCount(projector, first.id, 'fruits')).toBe(1);
    expect(JSON.stringify(h.view(activityId, 'projector'))).not.toMatch(/geheim|lef/);
    expect(sees.observer().counts).toEqual(projector.counts);
  });

  it('authors are known only to themselves (their overlay) and the facilitators', () => {
    const { h, activityId, sees, mate, first } = scenario();
    const root = zoneItems(sees.facilitator(), first.id, 'roots')[0]!;
    expect(root.authorId).toBe('anna');
    expect(h.view(activityId, `group:${first.id}`).data).not.toMatchObject({
      items: { [root.id]: { authorId: 'anna' } },
    });
    expect(h.overlayOf(activityId, 'anna')?.data).toEqual({
      groupId: first.id,
      mine: Object.keys(sees.phone('anna').items).sort(),
    });
    expect(sees.phone('anna').items[root.id]?.authorId).toBe('anna');
    expect(sees.phone(mate).items[root.id]?.authorId).toBeNull();
    expect(sees.wire(mate)).not.toContain('"authorId":"anna"');
    expect(h.overlayOf(activityId, mate)?.data).toEqual({ groupId: first.id, mine: [] });
  });

  it('edits, moves and deletes in one group leave every other audience’s view as it was', () => {
    const { sees, send, first, outsider, mate } = scenario();
    const before = { outsider: sees.phone(outsider), observer: sees.observer() };
    const root = zoneItems(sees.facilitator(), first.id, 'roots')[0]!.id;
    send(participant(mate), { type: 'editItem', itemId: root, text: 'nog geheimer' });
    send(participant(mate), { type: 'moveItem', itemId: root, zone: 'roots', index: 0 });
    expect(sees.phone('anna').items[root]?.text).toBe('nog geheimer');
    expect(sees.phone(outsider)).toEqual(before.outsider);
    expect(sees.observer()).toEqual(before.observer);
    send(participant(mate), { type: 'moveItem', itemId: root, zone: 'wateringCan' });
    expect(sees.projector().counts[first.id]).toEqual({ roots: 0, wateringCan: 1, fruits: 1 });
    send(participant(mate), { type: 'deleteItem', itemId: root });
    expect(sees.projector().counts[first.id]).toEqual({ roots: 0, wateringCan: 0, fruits: 1 });
    expect(sees.phone('anna').items[root]).toBeUndefined();
  });

  it('a removed member is no longer named in the group’s view', () => {
    const { h, sees, first, mate } = scenario();
    h.workshop(FACILITATOR, { type: 'removeParticipant', participantId: mate });
    expect(sees.phone('anna').groups[first.id]?.members).toEqual(['anna']);
    expect(sees.people(`group:${first.id}`)).toEqual(['anna']);
  });
});

describe('tree views: after sharing', () => {
  it('everyone is one audience and sees every tree, without authors or a roster', () => {
    const { h, activityId, send, sees, first, other, outsider } = scenario();
    send(FACILITATOR, { type: 'shareTrees' });
    const all = ['andermans lef', 'geheim respect', 'geheime vrucht'];
    for (const id of ['anna', outsider]) {
      expect(sees.audience(id)).toBe(PARTICIPANTS);
      expect(texts(sees.phone(id).items)).toEqual(all);
      expect(sees.wire(id)).not.toContain('"authorId":"');
    }
    expect(sees.people(PARTICIPANTS)).toEqual([]);
    expect(Object.values(sees.phone('anna').groups).map((g) => g.members)).toEqual([null, null]);
    // Which tree is mine comes with my overlay.
    expect(sees.phone('anna').myGroupId).toBe(first.id);
    expect(sees.phone(outsider).myGroupId).toBe(other.id);
    expect(sees.projector()).toEqual(h.view(activityId, PARTICIPANTS).data);
    expect(sees.people('projector')).toEqual([]);
    expect(Object.values(sees.facilitator().items).map((i) => i.authorId)).toContain('anna');
  });

  it('the projector follows the tree the facilitator shows, and closing keeps everything', () => {
    const { send, sees, other } = scenario();
    send(FACILITATOR, { type: 'shareTrees' });
    send(FACILITATOR, { type: 'showTree', groupId: other.id });
    expect(sees.projector().shownGroupId).toBe(other.id);
    send(FACILITATOR, { type: 'close' });
    expect(sees.phone('anna')).toMatchObject({ phase: 'closed', shownGroupId: other.id });
    expect(Object.keys(sees.phone('anna').items)).toHaveLength(3);
  });
});
