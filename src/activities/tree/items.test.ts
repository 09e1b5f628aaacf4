import { describe, expect, it } from 'vitest';
import { FACILITATOR, participant } from '../../domain/testing/workshopHarness.ts';
import { zoneItems } from './schema.ts';
import { ANNA, BRAM, CARLA, building, given, itemId, refusal } from './testkit.ts';

describe('tree: items', () => {
  it('adds an item to the author’s group, at the end of its zone', () => {
    const { send, state, first } = building();
    const [event] = send(ANNA, { type: 'addItem', zone: 'roots', text: '  Respect  ' });
    expect(event).toMatchObject({
      type: 'itemAdded',
      groupId: first.id,
      zone: 'roots',
      rank: 0,
      text: 'Respect',
      authorId: 'anna',
    });
    send(ANNA, { type: 'addItem', zone: 'roots', text: 'Vertrouwen' });
    expect(zoneItems(state(), first.id, 'roots').map((i) => [i.text, i.rank])).toEqual([
      ['Respect', 0],
      ['Vertrouwen', 1],
    ]);
  });

  it('refuses items before building, from people without a group, and bad text', () => {
    const g = given();
    expect(refusal(() => g.send(ANNA, { type: 'addItem', zone: 'roots', text: 'x' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    g.send(FACILITATOR, { type: 'formGroups' });
    g.send(FACILITATOR, { type: 'startBuilding' });
    g.send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: null });
    expect(refusal(() => g.send(ANNA, { type: 'addItem', zone: 'roots', text: 'x' }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(refusal(() => g.send(BRAM, { type: 'addItem', zone: 'roots', text: '  ' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => g.send(BRAM, { type: 'addItem', zone: 'stem', text: 'x' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(
      refusal(() => g.send(BRAM, { type: 'addItem', zone: 'roots', text: 'x'.repeat(501) })),
    ).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => g.send(FACILITATOR, { type: 'addItem', zone: 'roots', text: 'x' }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
  });

  it('caps a group at 60 items', () => {
    const { send } = building();
    for (let i = 0; i < 60; i++)
      send(ANNA, { type: 'addItem', zone: 'fruits', text: `vrucht ${i}` });
    expect(refusal(() => send(ANNA, { type: 'addItem', zone: 'fruits', text: 'te veel' }))).toBe(
      'WP_ERR_TOO_LARGE',
    );
  });

  it('links items to shared roles or strengths, and refuses unknown links', () => {
    const { h, send, state, first, activityId } = building();
    const strengthId = h.startActivity('strength');
    h.activity(CARLA, strengthId, { type: 'addNote', text: 'Zij spreken de taal van de ouders' });
    const noteId = Object.keys(h.activityState<{ notes: object }>(strengthId).notes)[0]!;
    const link = { type: 'strength', activityId: strengthId, id: noteId };
    h.workshop(FACILITATOR, { type: 'startActivity', activityId });
    const add = (links: unknown[]) =>
      send(ANNA, { type: 'addItem', zone: 'fruits', text: 'Betere toegang', links });
    // An id the strength activity never had is not offered: refused.
    expect(refusal(() => add([{ ...link, id: 'nietBestaand1' }]))).toBe('WP_ERR_VALIDATION');
    // Starting the tree stopped the strength activity mid-round: its notes are kept and offered
    // ("not shared in the room"), so nothing written disappears.
    h.activity(FACILITATOR, strengthId, { type: 'startPlenary' });
    expect((add([link, link])[0] as { links: unknown[] }).links).toEqual([link]);
    expect(zoneItems(state(), first.id, 'fruits')[0]?.links).toEqual([link]);
    expect(refusal(() => add([{ ...link, type: 'role' }]))).toBe('WP_ERR_VALIDATION');
    const id = zoneItems(state(), first.id, 'fruits')[0]!.id;
    send(ANNA, { type: 'editItem', itemId: id, text: 'Betere toegang', links: [] });
    expect(state().items[id]?.links).toEqual([]);
  });

  it('lets any member of the group edit, delete and move an item; other groups may not', () => {
    const { send, state, first, mate, outsider } = building();
    const id = itemId(send(ANNA, { type: 'addItem', zone: 'roots', text: 'Respect' }));
    const matey = participant(mate);
    expect(send(matey, { type: 'editItem', itemId: id, text: 'Respect voor elkaar' })).toHaveLength(
      1,
    );
    expect(state().items[id]?.text).toBe('Respect voor elkaar');
    expect(send(matey, { type: 'editItem', itemId: id, text: 'Respect voor elkaar' })).toEqual([]);
    const stranger = participant(outsider);
    for (const command of [
      { type: 'editItem', itemId: id, text: 'van mij' },
      { type: 'deleteItem', itemId: id },
      { type: 'moveItem', itemId: id, zone: 'fruits' },
    ])
      expect(refusal(() => send(stranger, command))).toBe('WP_ERR_FORBIDDEN');
    expect(refusal(() => send(ANNA, { type: 'deleteItem', itemId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    send(matey, { type: 'moveItem', itemId: id, zone: 'fruits' });
    expect(zoneItems(state(), first.id, 'fruits').map((i) => i.id)).toEqual([id]);
    send(matey, { type: 'deleteItem', itemId: id });
    expect(state().items[id]).toBeUndefined();
  });

  it('moves items between zones and reorders within a zone', () => {
    const { send, state, first } = building();
    const [a, b, c] = ['a', 'b', 'c'].map((text) =>
      itemId(send(ANNA, { type: 'addItem', zone: 'roots', text })),
    );
    const order = (zone: string) =>
      zoneItems(state(), first.id, zone as 'roots').map((i) => i.text);
    send(ANNA, { type: 'moveItem', itemId: c, zone: 'roots', index: 0 });
    expect(order('roots')).toEqual(['c', 'a', 'b']);
    expect(send(ANNA, { type: 'moveItem', itemId: c, zone: 'roots', index: 0 })).toEqual([]);
    send(ANNA, { type: 'moveItem', itemId: a, zone: 'wateringCan' });
    send(ANNA, { type: 'moveItem', itemId: b, zone: 'wateringCan', index: 0 });
    expect(order('roots')).toEqual(['c']);
    expect(order('wateringCan')).toEqual(['b', 'a']);
    send(ANNA, { type: 'moveItem', itemId: b, zone: 'wateringCan', index: 5 });
    expect(order('wateringCan')).toEqual(['a', 'b']);
    expect(zoneItems(state(), first.id, 'wateringCan').map((i) => i.rank)).toEqual([0, 1]);
  });

  it('freezes items for participants after sharing; facilitators may still tidy them', () => {
    const { send, state } = building();
    const id = itemId(send(ANNA, { type: 'addItem', zone: 'roots', text: 'Repsect' }));
    send(FACILITATOR, { type: 'shareTrees' });
    expect(refusal(() => send(ANNA, { type: 'editItem', itemId: id, text: 'x' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(send(FACILITATOR, { type: 'editItem', itemId: id, text: 'Respect' })).toEqual([
      { type: 'itemEdited', itemId: id, text: 'Respect', links: [] },
    ]);
    send(FACILITATOR, { type: 'moveItem', itemId: id, zone: 'fruits' });
    send(FACILITATOR, { type: 'deleteItem', itemId: id });
    expect(state().items).toEqual({});
    send(FACILITATOR, { type: 'close' });
    expect(refusal(() => send(FACILITATOR, { type: 'deleteItem', itemId: id }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
  });
});
