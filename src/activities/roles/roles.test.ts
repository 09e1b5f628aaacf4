import { describe, expect, it } from 'vitest';
import { FACILITATOR, refusal } from '../../domain/testing/workshopHarness.ts';
import type { RolesEvent, StrengthRef } from './schema.ts';
import { listOf, visibleRoles } from './schema.ts';
import { ANNA, BRAM, CHADIA, given, type Actor } from './testkit.ts';

/** Decisions of "Wie speelt welke rol"; what each audience sees is in `views.test.ts`. */
describe('roles: proposing', () => {
  it('given strengths are offered, when a participant proposes a role without linking one, then it is on the list ("Mens zijn" has none)', () => {
    const { send } = given();
    const [event] = send(ANNA, { type: 'proposeRole', side: 'formal', name: 'Mens zijn' });
    expect(event).toMatchObject({ type: 'roleProposed', strengths: [] });
  });

  it('given shared strengths, when a participant proposes a role, then it is on their side’s list with its links', () => {
    const { send, state, aboutFormal } = given();
    const [event] = send(ANNA, {
      type: 'proposeRole',
      side: 'formal',
      name: '  Netwerker ',
      description: 'Mensen doorverwijzen',
      strengths: [aboutFormal, aboutFormal],
    });
    const { roleId } = event as Extract<RolesEvent, { type: 'roleProposed' }>;
    // The event says what happened, nothing about who may read it.
    expect(event).toEqual({
      type: 'roleProposed',
      roleId,
      group: 'workshop',
      side: 'formal',
      name: 'Netwerker',
      description: 'Mensen doorverwijzen',
      strengths: [aboutFormal],
      proposerId: 'anna',
      anonymous: true,
      catalogKey: null,
      rank: 0,
    });
    expect(listOf(state(), 'workshop', 'formal').map((r) => r.name)).toEqual(['Netwerker']);
    expect(state().roles[roleId]).toMatchObject({ shared: true, endorsements: 0, hidden: false });
  });

  it('refuses links that are not shared strengths', () => {
    const { send, h, aboutFormal } = given();
    const strengthId = aboutFormal.activityId;
    const unknown = { activityId: strengthId, id: 'nope' };
    expect(
      refusal(() =>
        send(ANNA, { type: 'proposeRole', side: 'formal', name: 'x', strengths: [unknown] }),
      ),
    ).toBe('WP_ERR_NOT_FOUND');
    // A reference of another type (a role) is not a strength.
    const roleRef = { activityId: h.state.activityOrder[1]!, id: 'r' };
    expect(
      refusal(() =>
        send(ANNA, { type: 'proposeRole', side: 'formal', name: 'x', strengths: [roleRef] }),
      ),
    ).toBe('WP_ERR_NOT_FOUND');
    expect(
      refusal(() =>
        send(ANNA, { type: 'proposeRole', side: 'formal', name: ' ', strengths: [aboutFormal] }),
      ),
    ).toBe('WP_ERR_VALIDATION');
    // The facilitator may add a role without links (to link them later).
    expect(
      send(FACILITATOR, { type: 'proposeRole', side: 'formal', name: 'Deskundige' }),
    ).toHaveLength(1);
  });

  it('adopts a catalog suggestion once per list, only when suggestions are on for participants', () => {
    const { send } = given();
    const adopt = { type: 'adoptSuggestion', side: 'formal', key: 'fixer' };
    expect(refusal(() => send(ANNA, adopt))).toBe('WP_ERR_FORBIDDEN');
    expect(send(FACILITATOR, adopt)[0]).toMatchObject({
      name: 'Fixer',
      description: 'Snel en goed organiseren en regelen',
      catalogKey: 'fixer',
      proposerId: null,
    });
    expect(send(FACILITATOR, adopt)).toEqual([]); // already on the list
    expect(refusal(() => send(FACILITATOR, { ...adopt, key: 'unknown' }))).toBe('WP_ERR_NOT_FOUND');
  });

  it('does not duplicate a name already proposed by hand, whatever its case or quotes', () => {
    const { send, propose, state } = given({ suggestions: true });
    propose(ANNA, 'mens zijn');
    expect(send(BRAM, { type: 'adoptSuggestion', side: 'formal', key: 'human' })).toEqual([]);
    expect(send(CHADIA, { type: 'adoptSuggestion', side: 'informal', key: 'human' })).toHaveLength(
      1,
    );
    expect(visibleRoles(state())).toHaveLength(2);
  });

  it('lets a proposer withdraw their own role, and nobody else', () => {
    const { send, propose, state } = given();
    const roleId = propose(ANNA, 'Fixer');
    expect(refusal(() => send(BRAM, { type: 'withdrawRole', roleId }))).toBe('WP_ERR_FORBIDDEN');
    expect(refusal(() => send(FACILITATOR, { type: 'withdrawRole', roleId }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    send(ANNA, { type: 'withdrawRole', roleId });
    expect(state().roles[roleId]).toBeUndefined();
    expect(refusal(() => send(ANNA, { type: 'withdrawRole', roleId }))).toBe('WP_ERR_NOT_FOUND');
  });

  it('links more strengths to a role of one’s own lists, never twice', () => {
    const { send, state, aboutInformal, aboutFormal } = given();
    const [adopted] = send(FACILITATOR, {
      type: 'adoptSuggestion',
      side: 'informal',
      key: 'bridge',
    });
    const roleId = (adopted as { roleId: string }).roleId;
    const link = (actor: Actor, strengths: StrengthRef[]) =>
      send(actor, { type: 'linkStrengths', roleId, strengths });
    expect(link(CHADIA, [aboutInformal])).toHaveLength(1);
    expect(link(CHADIA, [aboutInformal])).toEqual([]);
    expect(link(FACILITATOR, [aboutFormal])).toHaveLength(1);
    expect(state().roles[roleId]?.strengths).toEqual([aboutInformal, aboutFormal]);
    expect(refusal(() => link(CHADIA, [{ ...aboutFormal, id: 'x' }]))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => send(CHADIA, { type: 'linkStrengths', roleId, strengths: [] }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });
});

describe('roles: endorsing', () => {
  it('counts one endorsement per person, and lets them withdraw it', () => {
    const { send, propose, state } = given();
    const roleId = propose(ANNA, 'Netwerker');
    expect(send(BRAM, { type: 'endorseRole', roleId })).toHaveLength(1);
    expect(send(BRAM, { type: 'endorseRole', roleId })).toEqual([]);
    send(CHADIA, { type: 'endorseRole', roleId });
    expect(state().roles[roleId]).toMatchObject({ endorsements: 2, endorsers: ['bram', 'chadia'] });
    send(BRAM, { type: 'withdrawEndorsement', roleId });
    expect(send(BRAM, { type: 'withdrawEndorsement', roleId })).toEqual([]);
    expect(state().roles[roleId]).toMatchObject({ endorsements: 1, endorsers: ['chadia'] });
  });

  it('refuses endorsing by facilitators, of unknown roles, and after closing', () => {
    const { send, propose } = given();
    const roleId = propose(ANNA, 'Netwerker');
    expect(refusal(() => send(FACILITATOR, { type: 'endorseRole', roleId }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(refusal(() => send(BRAM, { type: 'endorseRole', roleId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    send(FACILITATOR, { type: 'close' });
    expect(refusal(() => send(BRAM, { type: 'endorseRole', roleId }))).toBe('WP_ERR_WRONG_PHASE');
  });
});

describe('roles: phases', () => {
  it('moves open → closed → open; participants act only while open, facilitators always', () => {
    const { send, propose, state, aboutFormal } = given({ suggestions: true });
    const roleId = propose(ANNA, 'Netwerker');
    expect(send(FACILITATOR, { type: 'close' })).toEqual([{ type: 'closed' }]);
    expect(send(FACILITATOR, { type: 'close' })).toEqual([]);
    expect(state().phase).toBe('closed');
    const tries = [
      { type: 'proposeRole', side: 'formal', name: 'x', strengths: [aboutFormal] },
      { type: 'adoptSuggestion', side: 'formal', key: 'fixer' },
      { type: 'withdrawRole', roleId },
      { type: 'withdrawEndorsement', roleId },
      { type: 'linkStrengths', roleId, strengths: [aboutFormal] },
    ];
    for (const command of tries)
      expect(refusal(() => send(ANNA, command))).toBe('WP_ERR_WRONG_PHASE');
    expect(send(FACILITATOR, { type: 'renameRole', roleId, name: 'De netwerker' })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'reopen' })).toEqual([{ type: 'reopened' }]);
    expect(send(FACILITATOR, { type: 'reopen' })).toEqual([]);
    expect(send(ANNA, { type: 'endorseRole', roleId })).toHaveLength(1);
  });

  it('refuses facilitator-only commands from participants, and everything when not running', () => {
    const { h, send, propose, activityId } = given();
    const roleId = propose(ANNA, 'Netwerker');
    const facilitatorOnly = [
      { type: 'close' },
      { type: 'reopen' },
      { type: 'renameRole', roleId, name: 'y' },
      { type: 'mergeRoles', roleIds: [roleId, roleId], name: 'y' },
      { type: 'moveRole', roleId, toIndex: 0 },
      { type: 'hideRole', roleId },
      { type: 'unhideRole', roleId },
      { type: 'spotlightRole', roleId },
      { type: 'shareGroup', partnershipId: h.partnershipId },
      { type: 'unlinkStrength', roleId, strength: { activityId: 'a', id: 'b' } },
    ];
    for (const command of facilitatorOnly)
      expect(refusal(() => send(ANNA, command))).toBe('WP_ERR_FORBIDDEN');
    h.workshop(FACILITATOR, { type: 'stopActivity', activityId });
    expect(refusal(() => send(BRAM, { type: 'endorseRole', roleId }))).toBe(
      'WP_ERR_ACTIVITY_NOT_RUNNING',
    );
  });
});
