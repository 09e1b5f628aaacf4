import { describe, expect, it } from 'vitest';
import { FACILITATOR, SYSTEM, workshopHarness } from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import { treeKind } from './index.ts';
import { groupList } from './schema.ts';
import { ANNA, building, given, refusal } from './testkit.ts';

describe('tree: the kind', () => {
  it('has a default config that passes its schema in every language', () => {
    for (const language of ['nl', 'en'] as const) {
      const config = treeKind.defaultConfig(language);
      expect(treeKind.configSchema.parse(config)).toEqual(config);
      expect(config).toEqual({ groupSize: 4, focuses: ['individual', 'community'] });
    }
  });

  it('refuses a group size outside 3–8', () => {
    for (const groupSize of [2, 9])
      expect(treeKind.configSchema.safeParse({ groupSize, focuses: ['individual'] }).success).toBe(
        false,
      );
  });
});

describe('tree: forming groups', () => {
  it('forms mixed groups of the present people with alternating focus', () => {
    const { send, state } = given();
    const [event] = send(FACILITATOR, { type: 'formGroups' });
    expect(event?.type).toBe('groupsFormed');
    const groups = groupList(state());
    expect(groups.map((g) => [g.number, g.focus, g.members.length])).toEqual([
      [1, 'individual', 2],
      [2, 'community', 2],
    ]);
    // One of each municipality and each side in every pair.
    const town = (id: string) => (['anna', 'bram'].includes(id) ? 'utrecht' : 'zaanstad');
    const side = (id: string) => (['anna', 'carla'].includes(id) ? 'formal' : 'informal');
    for (const g of groups) {
      expect(new Set(g.members.map(town)).size).toBe(2);
      expect(new Set(g.members.map(side)).size).toBe(2);
    }
  });

  it('three groups get two individual-oriented and one community-oriented focus by default', () => {
    const { send, state } = given({ groupSize: 3, focuses: ['individual', 'community'] });
    send(FACILITATOR, { type: 'formGroups' });
    send(FACILITATOR, { type: 'addGroup' });
    expect(groupList(state()).map((g) => g.focus)).toEqual([
      'individual',
      'community',
      'individual',
    ]);
  });

  it('groups only the people in the room, and everyone when nobody is connected', () => {
    const { h, send, state } = given();
    h.setAbsent('dirk');
    send(FACILITATOR, { type: 'formGroups', groupSize: 4 });
    expect(
      groupList(state())
        .flatMap((g) => g.members)
        .sort(),
    ).toEqual(['anna', 'bram', 'carla']);
    h.setAbsent('anna', 'bram', 'carla', 'dirk');
    send(FACILITATOR, { type: 'formGroups', groupSize: 4 });
    expect(groupList(state()).flatMap((g) => g.members)).toHaveLength(4);
  });

  it('leaves removed participants out', () => {
    const { h, send, state } = given();
    h.workshop(FACILITATOR, { type: 'removeParticipant', participantId: 'dirk' });
    send(FACILITATOR, { type: 'formGroups' });
    expect(groupList(state()).flatMap((g) => g.members)).not.toContain('dirk');
  });

  it('refuses grouping commands from participants, and forming groups once building started', () => {
    const { send, state } = given();
    for (const command of [
      { type: 'formGroups' },
      { type: 'addGroup' },
      { type: 'moveMember', participantId: 'anna', groupId: null },
      { type: 'setFocus', groupId: 'x', focus: 'community' },
      { type: 'startBuilding' },
      { type: 'shareTrees' },
      { type: 'showTree', groupId: null },
      { type: 'close' },
    ])
      expect(refusal(() => send(ANNA, command))).toBe('WP_ERR_FORBIDDEN');
    send(FACILITATOR, { type: 'formGroups' });
    send(FACILITATOR, { type: 'startBuilding' });
    expect(refusal(() => send(FACILITATOR, { type: 'formGroups' }))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => send(FACILITATOR, { type: 'startBuilding' }))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => send(FACILITATOR, { type: 'formGroups', groupSize: 2 }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(groupList(state())).toHaveLength(2);
  });

  it('refuses to form groups with nobody, and to start building without a group', () => {
    const h = workshopHarness(registry).create();
    const activityId = h.startActivity('tree');
    expect(refusal(() => h.activity(FACILITATOR, activityId, { type: 'formGroups' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => h.activity(FACILITATOR, activityId, { type: 'startBuilding' }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('moves a person to another group, to no group, and places a latecomer', () => {
    const { h, send, state, groupOf } = given();
    send(FACILITATOR, { type: 'formGroups' });
    const [one, two] = groupList(state());
    const from = groupOf('anna');
    const to = from.id === one!.id ? two! : one!;
    expect(
      send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: to.id }),
    ).toEqual([
      expect.objectContaining({ type: 'memberMoved', fromGroupId: from.id, toGroupId: to.id }),
    ]);
    expect(groupOf('anna').id).toBe(to.id);
    expect(state().groups[from.id]!.members).not.toContain('anna');
    expect(
      send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: to.id }),
    ).toEqual([]);
    send(FACILITATOR, { type: 'moveMember', participantId: 'anna', groupId: null });
    expect(groupList(state()).flatMap((g) => g.members)).not.toContain('anna');

    h.workshop(SYSTEM, {
      type: 'joinWorkshop',
      participantId: 'emre',
      displayName: 'Emre',
      partnershipId: null,
      side: 'informal',
      language: 'nl',
    });
    send(FACILITATOR, { type: 'moveMember', participantId: 'emre', groupId: from.id });
    expect(groupOf('emre').id).toBe(from.id);
    expect(
      refusal(() =>
        send(FACILITATOR, { type: 'moveMember', participantId: 'nobody', groupId: null }),
      ),
    ).toBe('WP_ERR_NOT_FOUND');
    expect(
      refusal(() =>
        send(FACILITATOR, { type: 'moveMember', participantId: 'emre', groupId: 'nope' }),
      ),
    ).toBe('WP_ERR_NOT_FOUND');
    h.workshop(FACILITATOR, { type: 'removeParticipant', participantId: 'emre' });
    expect(
      refusal(() =>
        send(FACILITATOR, { type: 'moveMember', participantId: 'emre', groupId: null }),
      ),
    ).toBe('WP_ERR_NOT_FOUND');
  });

  it('changes a focus and adds groups with the next number', () => {
    const { send, state } = given();
    send(FACILITATOR, { type: 'formGroups' });
    const [one] = groupList(state());
    send(FACILITATOR, { type: 'setFocus', groupId: one!.id, focus: 'community' });
    expect(state().groups[one!.id]!.focus).toBe('community');
    expect(send(FACILITATOR, { type: 'setFocus', groupId: one!.id, focus: 'community' })).toEqual(
      [],
    );
    expect(
      refusal(() => send(FACILITATOR, { type: 'setFocus', groupId: 'nope', focus: 'community' })),
    ).toBe('WP_ERR_NOT_FOUND');
    send(FACILITATOR, { type: 'addGroup', focus: 'community' });
    expect(groupList(state()).map((g) => [g.number, g.members.length])).toEqual([
      [1, 2],
      [2, 2],
      [3, 0],
    ]);
  });
});

describe('tree: phases', () => {
  it('goes grouping → building → shared → closed, and no step can be skipped', () => {
    const { send, state } = given();
    expect(state().phase).toBe('grouping');
    expect(refusal(() => send(FACILITATOR, { type: 'shareTrees' }))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => send(FACILITATOR, { type: 'close' }))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'formGroups' });
    send(FACILITATOR, { type: 'startBuilding' });
    expect(state().phase).toBe('building');
    expect(refusal(() => send(FACILITATOR, { type: 'showTree', groupId: null }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'close' }))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'shareTrees' });
    expect(state()).toMatchObject({ phase: 'shared', shownGroupId: null });
    expect(refusal(() => send(FACILITATOR, { type: 'shareTrees' }))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'close' });
    expect(state().phase).toBe('closed');
    expect(send(FACILITATOR, { type: 'close' })).toEqual([]);
    for (const command of [
      { type: 'addGroup' },
      { type: 'moveMember', participantId: 'anna', groupId: null },
    ])
      expect(refusal(() => send(FACILITATOR, command))).toBe('WP_ERR_WRONG_PHASE');
  });

  it('chooses which tree the projector shows after sharing', () => {
    const { send, state, first } = building();
    send(FACILITATOR, { type: 'shareTrees' });
    send(FACILITATOR, { type: 'showTree', groupId: first.id });
    expect(state().shownGroupId).toBe(first.id);
    expect(send(FACILITATOR, { type: 'showTree', groupId: first.id })).toEqual([]);
    send(FACILITATOR, { type: 'showTree', groupId: null });
    expect(state().shownGroupId).toBeNull();
    expect(refusal(() => send(FACILITATOR, { type: 'showTree', groupId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    send(FACILITATOR, { type: 'close' });
    expect(send(FACILITATOR, { type: 'showTree', groupId: first.id })).toHaveLength(1);
  });

  it('refuses participant commands when the activity is not running', () => {
    const { h, send, activityId } = building();
    h.workshop(FACILITATOR, { type: 'stopActivity', activityId });
    expect(refusal(() => send(ANNA, { type: 'addItem', zone: 'roots', text: 'x' }))).toBe(
      'WP_ERR_ACTIVITY_NOT_RUNNING',
    );
  });
});
