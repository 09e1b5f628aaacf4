import { describe, expect, it } from 'vitest';
import { FACILITATOR, participant } from '../../domain/testing/workshopHarness.ts';
import {
  FACILITATOR as FACILITATORS,
  OBSERVER,
  PARTICIPANTS,
  PROJECTOR,
} from '../../domain/views/audience.ts';
import type { Participant } from '../../domain/workshop/state.ts';
import { treeKind } from './index.ts';
import type { Group, Item, TreeEvent, TreeState } from './schema.ts';
import { ANNA, building, itemId } from './testkit.ts';

describe('tree views: moving people between groups', () => {
  it('someone moved gets the new group’s tree and loses the old one; others learn nothing', () => {
    const g = building();
    g.send(ANNA, { type: 'addItem', zone: 'roots', text: 'oud geheim' });
    g.send(participant(g.outsider), { type: 'addItem', zone: 'roots', text: 'nieuw geheim' });
    const projector = g.sees.projector();
    g.send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: g.other.id });

    expect(g.sees.audience('anna')).toBe(`group:${g.other.id}`);
    const anna = g.sees.phone('anna');
    expect(Object.values(anna.items).map((i) => i.text)).toEqual(['nieuw geheim']);
    expect(anna.myGroupId).toBe(g.other.id);
    expect(g.sees.wire('anna')).not.toContain('oud geheim');
    // Her own item stays with the group she left, so it is no longer hers to see.
    expect(g.h.overlayOf(g.activityId, 'anna')?.data).toEqual({ groupId: g.other.id, mine: [] });
    expect(g.sees.people(`group:${g.first.id}`)).toEqual([g.mate]);
    expect(g.sees.people(`group:${g.other.id}`)).toContain('anna');
    // The projector sees the names move, not the content.
    expect(g.sees.projector().counts).toEqual(projector.counts);

    g.send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: null });
    expect(g.sees.audience('anna')).toBe(PARTICIPANTS);
    expect(g.h.overlayOf(g.activityId, 'anna')?.data).toBeNull();
    expect(g.sees.phone('anna').items).toEqual({});
  });
});

describe('tree: which events reach whose audience or overlay', () => {
  it('forming groups and sharing reach everyone; a move its person; an item its author', () => {
    const g = building();
    const id = itemId(g.send(ANNA, { type: 'addItem', zone: 'roots', text: 'x' }));
    g.send(FACILITATOR, { type: 'addGroup' });
    const focus = g.first.focus === 'community' ? 'individual' : 'community';
    g.send(FACILITATOR, { type: 'setFocus', groupId: g.first.id, focus });
    g.send(participant(g.mate), { type: 'editItem', itemId: id, text: 'y' });
    g.send(participant(g.mate), { type: 'moveItem', itemId: id, zone: 'fruits' });
    g.send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: null });
    g.send(participant(g.mate), { type: 'deleteItem', itemId: id });
    g.send(FACILITATOR, { type: 'shareTrees' });
    g.send(FACILITATOR, { type: 'showTree', groupId: g.other.id });
    g.send(FACILITATOR, { type: 'close' });
    const all = g.h.log
      .filter((e) => e.activityId === g.activityId)
      .map((e) => e.event as TreeEvent);
    const meta = { seq: 1, at: 0, actor: null };
    const reach = Object.fromEntries(all.map((e) => [e.type, treeKind.reaches!(e, meta)]));
    expect(reach).toEqual({
      groupsFormed: 'all',
      buildingStarted: [],
      itemAdded: ['anna'],
      groupAdded: [],
      focusChanged: [],
      itemEdited: [],
      itemMoved: [],
      memberMoved: ['anna'],
      itemDeleted: [],
      treesShared: 'all',
      treeShown: [],
      closed: [],
    });
  });
});

describe('tree views: a big hall', () => {
  /** 5,000 people in 834 groups of 6, each group with 10 items; built directly, not replayed. */
  function hall() {
    const groups: Record<string, Group> = {};
    const items: Record<string, Item> = {};
    const participants: Record<string, Participant> = {};
    for (let n = 0; n < 834; n++) {
      const members = Array.from({ length: 6 }, (_, i) => `p${n * 6 + i}`).filter(
        (id) => Number(id.slice(1)) < 5000,
      );
      groups[`g${n}`] = { id: `g${n}`, number: n + 1, focus: 'individual', members };
      for (const id of members)
        participants[id] = {
          id,
          displayName: id,
          partnershipId: null,
          side: 'formal',
          language: 'nl',
          joinedAt: 0,
          removed: false,
        };
      for (let i = 0; i < 10; i++)
        items[`g${n}i${i}`] = {
          id: `g${n}i${i}`,
          groupId: `g${n}`,
          zone: 'roots',
          rank: i,
          text: `tekst ${n}/${i}`,
          links: [],
          authorId: members[0]!,
        };
    }
    const state: TreeState = { phase: 'building', groups, items, shownGroupId: null };
    const ctx = { config: treeKind.defaultConfig('nl'), participants, partnerships: {} };
    return { state, ctx };
  }

  it('a group’s view holds that group only: its tree, its members, its names', () => {
    const { state, ctx } = hall();
    const part = treeKind.view(state, 'group:g3', ctx);
    expect(Object.keys(part.data.groups)).toEqual(['g3']);
    expect(Object.keys(part.data.items)).toHaveLength(10);
    expect([...(part.people ?? [])]).toEqual(['p18', 'p19', 'p20', 'p21', 'p22', 'p23']);
    expect(treeKind.audienceOf(state, ctx.participants.p4999!, ctx.config)).toBe('group:g833');
    expect(treeKind.overlay!(state, 'p18', ctx)?.data.mine).toHaveLength(10);
    for (const audience of [FACILITATORS, PROJECTOR, OBSERVER, PARTICIPANTS, 'group:g833'])
      expect(treeKind.view(state, audience, ctx).data.phase).toBe('building');
  });
});
