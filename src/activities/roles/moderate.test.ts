import { describe, expect, it } from 'vitest';
import { FACILITATOR, participant, refusal } from '../../domain/testing/workshopHarness.ts';
import { rolesKind } from './index.ts';
import type { RolesConfig, RolesEvent, RolesState } from './schema.ts';
import { listOf, visibleRoles } from './schema.ts';
import { ANNA, BRAM, CHADIA, DEWI, given, joinWithoutMunicipality } from './testkit.ts';

/** The facilitator's tidying and sharing; what each audience sees is in `views.test.ts`. */
describe('roles: the facilitator tidies the lists', () => {
  it('merges duplicates of one list into a new role with all links and endorsers, keeping the originals', () => {
    const { send, propose, state, aboutFormal } = given();
    const a = propose(ANNA, 'Netwerker');
    const b = propose(BRAM, 'netwerken');
    send(BRAM, { type: 'endorseRole', roleId: a });
    send(BRAM, { type: 'endorseRole', roleId: b });
    send(CHADIA, { type: 'endorseRole', roleId: b });
    const [event] = send(FACILITATOR, { type: 'mergeRoles', roleIds: [a, b], name: 'Netwerker' });
    // The event is the fact (which roles, what name); the state joins links and endorsers.
    const { roleId } = event as Extract<RolesEvent, { type: 'rolesMerged' }>;
    expect(event).toEqual({
      type: 'rolesMerged',
      roleId,
      sourceIds: [a, b],
      name: 'Netwerker',
      description: null,
    });
    expect(state().roles[roleId]).toMatchObject({
      strengths: [aboutFormal],
      endorsements: 2,
      endorsers: ['bram', 'chadia'],
      mergedFrom: [a, b],
      rank: 0,
      proposerId: null,
      shared: true,
    });
    expect(visibleRoles(state()).map((r) => r.name)).toEqual(['Netwerker']);
    expect(state().roles[a]?.mergedInto).toBe(roleId);
    expect(
      refusal(() => send(FACILITATOR, { type: 'mergeRoles', roleIds: [a, b], name: 'z' })),
    ).toBe('WP_ERR_NOT_FOUND');
  });

  it('refuses to merge roles of different lists, or one role with itself', () => {
    const { send, propose } = given();
    const a = propose(ANNA, 'Netwerker');
    const c = propose(CHADIA, 'Tolk', 'informal');
    expect(
      refusal(() => send(FACILITATOR, { type: 'mergeRoles', roleIds: [a, c], name: 'x' })),
    ).toBe('WP_ERR_VALIDATION');
    expect(
      refusal(() => send(FACILITATOR, { type: 'mergeRoles', roleIds: [a, a], name: 'x' })),
    ).toBe('WP_ERR_VALIDATION');
  });

  it('renames, reorders (clamped to the list), and unlinks', () => {
    const { send, propose, state, aboutFormal } = given();
    const [a, b, c] = ['Een', 'Twee', 'Drie'].map((name) => propose(ANNA, name));
    send(FACILITATOR, { type: 'renameRole', roleId: a!, name: 'Eén', description: 'eerste' });
    expect(state().roles[a!]).toMatchObject({ name: 'Eén', description: 'eerste' });
    expect(send(FACILITATOR, { type: 'renameRole', roleId: a!, name: 'Eén' })).toEqual([]);
    send(FACILITATOR, { type: 'moveRole', roleId: a!, toIndex: 99 });
    expect(listOf(state(), 'workshop', 'formal').map((r) => r.id)).toEqual([b, c, a]);
    send(FACILITATOR, { type: 'moveRole', roleId: c!, toIndex: 0 });
    expect(listOf(state(), 'workshop', 'formal').map((r) => r.id)).toEqual([c, b, a]);
    expect(send(FACILITATOR, { type: 'moveRole', roleId: c!, toIndex: 0 })).toEqual([]);
    expect(refusal(() => send(FACILITATOR, { type: 'moveRole', roleId: c!, toIndex: -1 }))).toBe(
      'WP_ERR_VALIDATION',
    );
    send(FACILITATOR, { type: 'unlinkStrength', roleId: b!, strength: aboutFormal });
    expect(state().roles[b!]?.strengths).toEqual([]);
    expect(
      send(FACILITATOR, { type: 'unlinkStrength', roleId: b!, strength: aboutFormal }),
    ).toEqual([]);
  });

  it('hides and unhides a role; a new role goes after hidden ones so positions never clash', () => {
    const { send, propose, state } = given();
    const a = propose(ANNA, 'Een');
    send(FACILITATOR, { type: 'hideRole', roleId: a });
    expect(send(FACILITATOR, { type: 'hideRole', roleId: a })).toEqual([]);
    expect(visibleRoles(state())).toEqual([]);
    expect(refusal(() => send(BRAM, { type: 'endorseRole', roleId: a }))).toBe('WP_ERR_NOT_FOUND');
    const b = propose(BRAM, 'Twee');
    expect(state().roles[b]?.rank).toBe(1);
    send(FACILITATOR, { type: 'unhideRole', roleId: a });
    expect(send(FACILITATOR, { type: 'unhideRole', roleId: a })).toEqual([]);
    expect(visibleRoles(state()).map((r) => r.name)).toEqual(['Een', 'Twee']);
    expect(refusal(() => send(FACILITATOR, { type: 'hideRole', roleId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
  });

  it('spotlights one shared role at a time; hiding it ends the spotlight', () => {
    const { send, propose, state } = given();
    const a = propose(ANNA, 'Een');
    send(FACILITATOR, { type: 'spotlightRole', roleId: a });
    expect(state().spotlightId).toBe(a);
    expect(send(FACILITATOR, { type: 'spotlightRole', roleId: a })).toEqual([]);
    send(FACILITATOR, { type: 'hideRole', roleId: a });
    expect(state().spotlightId).toBeNull();
    expect(refusal(() => send(FACILITATOR, { type: 'spotlightRole', roleId: a }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(send(FACILITATOR, { type: 'spotlightRole', roleId: null })).toEqual([]);
  });
});

describe('roles: per municipality, private until shared', () => {
  function municipal() {
    const g = given({ scope: 'municipality' });
    const utrechtRole = g.propose(ANNA, 'Geheim Utrecht');
    g.send(BRAM, { type: 'endorseRole', roleId: utrechtRole });
    const zaanstadRole = g.propose(DEWI, 'Geheim Zaanstad', 'informal');
    return { ...g, utrechtRole, zaanstadRole };
  }

  it('given a municipality’s lists never shared, then the report keeps them, marked not shared in the room', () => {
    const g = municipal();
    const reportOf = () => {
      const activity = g.h.state.activities[g.activityId]!;
      return rolesKind.report(activity.state as RolesState, {
        config: activity.config as RolesConfig,
        title: activity.title,
        language: 'nl',
        participants: g.h.state.participants,
        partnerships: g.h.state.partnerships,
        references: [],
        t: (key) => key,
      });
    };
    const notShared = () =>
      reportOf().filter((b) => b.type === 'paragraph' && b.text === 'report.notShared').length;
    expect(notShared()).toBe(2); // Utrecht and Zaanstad
    g.send(FACILITATOR, { type: 'shareGroup', partnershipId: g.utrecht });
    expect(notShared()).toBe(1);
  });

  it('puts each participant’s roles on their own municipality’s lists', () => {
    const { state, utrechtRole, zaanstadRole, utrecht, zaanstad } = municipal();
    expect(state().roles[utrechtRole]).toMatchObject({ group: utrecht, shared: false });
    expect(state().roles[zaanstadRole]).toMatchObject({ group: zaanstad, shared: false });
  });

  it('asks the facilitator whose lists, and refuses a participant without a municipality', () => {
    const { h, send, zaanstad } = municipal();
    const add = { type: 'proposeRole', side: 'formal', name: 'Deskundige' };
    expect(refusal(() => send(FACILITATOR, add))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(FACILITATOR, { ...add, partnershipId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(send(FACILITATOR, { ...add, partnershipId: zaanstad })[0]).toMatchObject({
      group: zaanstad,
    });
    joinWithoutMunicipality(h, 'eva');
    expect(refusal(() => send(participant('eva'), { ...add, strengths: [] }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
  });

  it('refuses another municipality’s private roles as if they did not exist, until shared', () => {
    const { h, send, state, utrechtRole, zaanstadRole, utrecht, aboutFormal } = municipal();
    const roleRefs = () => h.engine.references(h.state).filter((r) => r.type === 'role');
    expect(refusal(() => send(DEWI, { type: 'endorseRole', roleId: utrechtRole }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'spotlightRole', roleId: utrechtRole }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(roleRefs()).toEqual([]);

    expect(send(FACILITATOR, { type: 'shareGroup', partnershipId: utrecht })).toEqual([
      { type: 'groupShared', group: utrecht },
    ]);
    expect(send(FACILITATOR, { type: 'shareGroup', partnershipId: utrecht })).toEqual([]);
    expect(refusal(() => send(FACILITATOR, { type: 'shareGroup', partnershipId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(send(DEWI, { type: 'endorseRole', roleId: utrechtRole })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'spotlightRole', roleId: utrechtRole })).toHaveLength(1);
    // Roles proposed after sharing are shared at once.
    send(ANNA, { type: 'proposeRole', side: 'formal', name: 'Later', strengths: [aboutFormal] });
    expect(listOf(state(), utrecht, 'formal')).toMatchObject([
      { name: 'Geheim Utrecht', shared: true, endorsements: 2 },
      { name: 'Later', shared: true },
    ]);
    expect(state().roles[zaanstadRole]?.shared).toBe(false);
    expect(roleRefs()).toMatchObject([
      { type: 'role', text: 'Geheim Utrecht', side: 'formal', id: utrechtRole },
      { type: 'role', text: 'Later', side: 'formal' },
    ]);
  });
});
