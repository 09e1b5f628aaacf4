import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../domain/actors.ts';
import {
  FACILITATOR,
  SYSTEM,
  participant,
  workshopHarness,
  type WorkshopHarness,
  refusal,
} from '../../domain/testing/workshopHarness.ts';
import type { Side } from '../../domain/workshop/state.ts';
import { registry } from '../registry.ts';
import type { StrengthState } from '../strength/schema.ts';
import { rolesKind } from './index.ts';
import type { RolesConfig, RolesEvent, RolesState, StrengthRef } from './schema.ts';
import { listOf, visibleRoles } from './schema.ts';

const ANNA = participant('anna'); // formal, Utrecht
const BRAM = participant('bram'); // formal, Utrecht
const CHADIA = participant('chadia'); // informal, Utrecht
const DEWI = participant('dewi'); // informal, Zaanstad

type Actor = Parameters<WorkshopHarness['activity']>[0];

/**
 * A workshop in Utrecht and Zaanstad whose strength activity has shared one strength about
 * each side; then the roles activity runs with `config` (merged over the defaults).
 */
function given(config: Partial<RolesConfig> = {}) {
  const h = workshopHarness(registry).create().join('anna', 'formal').join('bram', 'formal');
  h.join('chadia', 'informal');
  h.workshop(FACILITATOR, {
    type: 'addPartnership',
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Vrouwennetwerk',
  });
  const utrecht = h.partnershipId;
  const zaanstad = Object.keys(h.state.partnerships).find((id) => id !== utrecht)!;
  h.run(SYSTEM, {
    activityId: null,
    command: {
      type: 'joinWorkshop',
      participantId: 'dewi',
      displayName: 'Dewi',
      partnershipId: zaanstad,
      side: 'informal',
      language: 'nl',
    },
  });
  const strengthId = h.startActivity('strength');
  h.activity(ANNA, strengthId, { type: 'addNote', text: 'Ze kennen de gezinnen' }); // about informal
  h.activity(CHADIA, strengthId, { type: 'addNote', text: 'Ze weten de weg' }); // about formal
  h.activity(FACILITATOR, strengthId, { type: 'startPlenary' });
  const notes = Object.values(h.activityState<StrengthState>(strengthId).notes);
  const ref = (text: string): StrengthRef => ({
    activityId: strengthId,
    id: notes.find((n) => n.text === text)!.id,
  });
  const aboutInformal = ref('Ze kennen de gezinnen');
  const aboutFormal = ref('Ze weten de weg');
  const activityId = h.startActivity('roles', { ...rolesKind.defaultConfig('nl'), ...config });
  const state = () => h.activityState<RolesState>(activityId);
  const send = (actor: Actor, command: unknown) =>
    h.activity(actor, activityId, command) as RolesEvent[];
  const propose = (actor: Actor, name: string, side: Side = 'formal', extra = {}) => {
    const strengths = [side === 'formal' ? aboutFormal : aboutInformal];
    const [event] = send(actor, { type: 'proposeRole', side, name, strengths, ...extra });
    return (event as { roleId: string }).roleId;
  };
  return { h, activityId, state, send, propose, utrecht, zaanstad, aboutFormal, aboutInformal };
}

/** The viewers in the harness's order: facilitator, anna, bram, chadia, dewi, projector. */
function viewersOf(h: WorkshopHarness) {
  const [facilitator, anna, bram, chadia, dewi, projector] = h.viewers() as Viewer[];
  return { facilitator, anna, bram, chadia, dewi, projector };
}

const wire = (h: WorkshopHarness, viewer: Viewer | undefined) =>
  JSON.stringify(h.receivedBy(viewer!));

const stateFor = (h: WorkshopHarness, activityId: string, viewer: Viewer | undefined) =>
  h.engine.redactState(h.state, viewer!).activities[activityId]?.state as RolesState;

describe('roles: proposing', () => {
  it('given shared strengths, when a participant proposes a role, then it is on their side’s list with its links', () => {
    const { send, state, aboutFormal } = given();
    const [event] = send(ANNA, {
      type: 'proposeRole',
      side: 'formal',
      name: '  Netwerker ',
      description: 'Mensen doorverwijzen',
      strengths: [aboutFormal, aboutFormal],
    });
    expect(event).toMatchObject({
      type: 'roleProposed',
      group: 'workshop',
      side: 'formal',
      name: 'Netwerker',
      strengths: [aboutFormal],
      proposerId: 'anna',
      anonymous: true,
      shared: true,
      rank: 0,
    });
    expect(listOf(state(), 'workshop', 'formal').map((r) => r.name)).toEqual(['Netwerker']);
  });

  it('refuses links that are not shared strengths, and a participant’s role without a link', () => {
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
    expect(refusal(() => send(ANNA, { type: 'proposeRole', side: 'formal', name: 'x' }))).toBe(
      'WP_ERR_VALIDATION',
    );
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

describe('roles: the facilitator tidies the lists', () => {
  it('merges duplicates of one list into a new role with all links and endorsers, keeping the originals', () => {
    const { send, propose, state, aboutFormal } = given();
    const a = propose(ANNA, 'Netwerker');
    const b = propose(BRAM, 'netwerken');
    send(BRAM, { type: 'endorseRole', roleId: a });
    send(BRAM, { type: 'endorseRole', roleId: b });
    send(CHADIA, { type: 'endorseRole', roleId: b });
    const [event] = send(FACILITATOR, { type: 'mergeRoles', roleIds: [a, b], name: 'Netwerker' });
    const merged = (event as Extract<RolesEvent, { type: 'rolesMerged' }>).mergedRole;
    expect(merged).toMatchObject({
      strengths: [aboutFormal],
      endorsements: 2,
      endorsers: ['bram', 'chadia'],
      mergedFrom: [a, b],
      rank: 0,
    });
    expect(visibleRoles(state()).map((r) => r.name)).toEqual(['Netwerker']);
    expect(state().roles[a]?.mergedInto).toBe(merged.id);
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
    h.run(SYSTEM, {
      activityId: null,
      command: {
        type: 'joinWorkshop',
        participantId: 'eva',
        displayName: 'Eva',
        partnershipId: null,
        side: 'formal',
        language: 'nl',
      },
    });
    expect(refusal(() => send(participant('eva'), { ...add, strengths: [] }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('keeps a municipality’s roles off other municipalities’ wires and the projector until shared', () => {
    const { h, send, activityId, utrechtRole, utrecht, aboutFormal } = municipal();
    const v = viewersOf(h);
    expect(wire(h, v.anna)).toContain('Geheim Utrecht');
    expect(wire(h, v.anna)).not.toContain('Geheim Zaanstad');
    expect(wire(h, v.dewi)).toContain('Geheim Zaanstad');
    for (const viewer of [v.dewi, v.projector])
      expect(wire(h, viewer)).not.toContain('Geheim Utrecht');
    expect(wire(h, v.projector)).not.toContain('Geheim');
    // The projector can count roles per municipality, nothing more.
    const placeholders = Object.values(stateFor(h, activityId, v.projector).roles);
    expect(placeholders.map((r) => [r.placeholder, r.name, r.endorsements])).toEqual([
      [true, '', 0],
      [true, '', 0],
    ]);
    expect(refusal(() => send(DEWI, { type: 'endorseRole', roleId: utrechtRole }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'spotlightRole', roleId: utrechtRole }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(h.engine.references(h.state).filter((r) => r.type === 'role')).toEqual([]);

    send(FACILITATOR, { type: 'shareGroup', partnershipId: utrecht });
    expect(send(FACILITATOR, { type: 'shareGroup', partnershipId: utrecht })).toEqual([]);
    expect(refusal(() => send(FACILITATOR, { type: 'shareGroup', partnershipId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    for (const viewer of [v.dewi, v.projector]) expect(wire(h, viewer)).toContain('Geheim Utrecht');
    expect(wire(h, v.projector)).not.toContain('Geheim Zaanstad');
    expect(stateFor(h, activityId, v.dewi).roles[utrechtRole]).toMatchObject({
      endorsements: 1,
      endorsers: [],
    });
    expect(send(DEWI, { type: 'endorseRole', roleId: utrechtRole })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'spotlightRole', roleId: utrechtRole })).toHaveLength(1);
    // Roles proposed after sharing are shared at once.
    const later = send(ANNA, {
      type: 'proposeRole',
      side: 'formal',
      name: 'Later',
      strengths: [aboutFormal],
    });
    expect(later[0]).toMatchObject({ shared: true });
    expect(wire(h, v.projector)).toContain('Later');
    expect(h.engine.references(h.state).filter((r) => r.type === 'role')).toMatchObject([
      { type: 'role', text: 'Geheim Utrecht', side: 'formal', id: utrechtRole },
      { type: 'role', text: 'Later', side: 'formal' },
    ]);
  });
});

describe('roles: who is seen by whom', () => {
  it('endorsers are known to facilitators only; each participant knows only their own', () => {
    const { h, send, propose, activityId } = given();
    const roleId = propose(ANNA, 'Netwerker');
    send(BRAM, { type: 'endorseRole', roleId });
    send(CHADIA, { type: 'endorseRole', roleId });
    const v = viewersOf(h);
    for (const viewer of [v.anna, v.dewi, v.projector])
      expect(wire(h, viewer)).not.toMatch(/"participantId":"(bram|chadia)"/);
    expect(wire(h, v.bram)).toContain('"participantId":"bram"');
    expect(wire(h, v.bram)).not.toContain('"participantId":"chadia"');
    expect(wire(h, v.facilitator)).toContain('"participantId":"chadia"');
    expect(stateFor(h, activityId, v.bram).roles[roleId]).toMatchObject({
      endorsements: 2,
      endorsers: ['bram'],
    });
    expect(stateFor(h, activityId, v.projector).roles[roleId]).toMatchObject({
      endorsements: 2,
      endorsers: [],
    });
  });

  it('proposers are anonymous to peers and the projector unless anonymity is off', () => {
    const anonymous = given();
    anonymous.propose(ANNA, 'Netwerker');
    const v = viewersOf(anonymous.h);
    for (const viewer of [v.bram, v.chadia, v.projector])
      expect(wire(anonymous.h, viewer)).not.toContain('"proposerId":"anna"');
    expect(wire(anonymous.h, v.anna)).toContain('"proposerId":"anna"');
    expect(wire(anonymous.h, v.facilitator)).toContain('"proposerId":"anna"');
    const named = given({ anonymous: false });
    named.propose(ANNA, 'Netwerker');
    expect(wire(named.h, viewersOf(named.h).bram)).toContain('"proposerId":"anna"');
  });

  it('hidden roles disappear for everyone but facilitators', () => {
    const { h, send, propose, activityId } = given();
    const roleId = propose(ANNA, 'Grof');
    send(FACILITATOR, { type: 'hideRole', roleId });
    const v = viewersOf(h);
    expect(stateFor(h, activityId, v.bram).roles[roleId]).toBeUndefined();
    expect(stateFor(h, activityId, v.facilitator).roles[roleId]?.hidden).toBe(true);
  });

  it('converges: for every viewer, applying the redacted events equals the redacted state', () => {
    const { h, send, propose, utrecht, zaanstad, aboutFormal, aboutInformal } = given({
      scope: 'municipality',
    });
    const a = propose(ANNA, 'Netwerker');
    const b = propose(BRAM, 'Netwerken');
    const c = propose(CHADIA, 'Tolk', 'informal');
    const d = propose(DEWI, 'Vertrouwenspersoon', 'informal');
    const gone = propose(DEWI, 'Vergissing', 'informal');
    send(DEWI, { type: 'withdrawRole', roleId: gone });
    send(BRAM, { type: 'endorseRole', roleId: a });
    send(CHADIA, { type: 'endorseRole', roleId: b });
    send(CHADIA, { type: 'withdrawEndorsement', roleId: b });
    send(CHADIA, { type: 'endorseRole', roleId: b });
    send(CHADIA, { type: 'linkStrengths', roleId: c, strengths: [aboutFormal] });
    send(FACILITATOR, { type: 'unlinkStrength', roleId: c, strength: aboutInformal });
    send(FACILITATOR, {
      type: 'renameRole',
      roleId: d,
      name: 'Vertrouwenspersoon',
      description: 'nabij',
    });
    const [merged] = send(FACILITATOR, { type: 'mergeRoles', roleIds: [a, b], name: 'Netwerker' });
    const mergedId = (merged as Extract<RolesEvent, { type: 'rolesMerged' }>).mergedRole.id;
    const e = propose(ANNA, 'Fixer');
    send(FACILITATOR, { type: 'moveRole', roleId: e, toIndex: 0 });
    send(FACILITATOR, { type: 'hideRole', roleId: c });
    send(FACILITATOR, { type: 'shareGroup', partnershipId: utrecht });
    send(FACILITATOR, { type: 'unhideRole', roleId: c });
    send(FACILITATOR, { type: 'spotlightRole', roleId: mergedId });
    send(DEWI, { type: 'endorseRole', roleId: mergedId });
    send(FACILITATOR, { type: 'hideRole', roleId: d });
    send(FACILITATOR, { type: 'close' });
    send(FACILITATOR, { type: 'shareGroup', partnershipId: zaanstad });
    send(FACILITATOR, { type: 'unhideRole', roleId: d });
    send(FACILITATOR, { type: 'reopen' });
    send(FACILITATOR, { type: 'spotlightRole', roleId: null });
    const types = new Set(h.log.map((e) => e.event.type));
    for (const type of [
      'roleProposed',
      'roleWithdrawn',
      'roleEndorsed',
      'endorsementWithdrawn',
      'strengthsLinked',
      'strengthUnlinked',
      'roleRenamed',
      'rolesMerged',
      'rolesReordered',
      'roleHidden',
      'roleUnhidden',
      'roleSpotlighted',
      'groupShared',
      'closed',
      'reopened',
    ])
      expect(types).toContain(type);
    expect(h.checkRedactionConverges()).toBeNull();
  });
});

describe('roles: report and references', () => {
  const reportOf = (g: ReturnType<typeof given>, withReferences: boolean) => {
    const activity = g.h.state.activities[g.activityId]!;
    return rolesKind.report(activity.state as RolesState, {
      config: activity.config as RolesConfig,
      title: activity.title,
      language: 'nl',
      participants: g.h.state.participants,
      partnerships: g.h.state.partnerships,
      t: (key, params) => (params ? `${key}${JSON.stringify(params)}` : key),
      references: withReferences ? g.h.engine.references(g.h.state) : [],
    });
  };

  it('lists the roles of both sides with the strengths behind them and their support', () => {
    const g = given();
    const a = g.propose(ANNA, 'Netwerker');
    g.send(BRAM, { type: 'endorseRole', roleId: a });
    g.propose(CHADIA, 'Tolk', 'informal');
    const hidden = g.propose(CHADIA, 'Weg', 'informal');
    g.send(FACILITATOR, { type: 'hideRole', roleId: hidden });
    const blocks = reportOf(g, true);
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'report.list.formal',
      items: [
        'Netwerker — report.endorsements{"count":1} — report.strengths{"list":"Ze weten de weg"}',
      ],
    });
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'report.list.informal',
      items: [
        'Tolk — report.endorsements{"count":0} — report.strengths{"list":"Ze kennen de gezinnen"}',
      ],
    });
    // Without references the report says how many strengths are linked.
    expect(JSON.stringify(reportOf(g, false))).toContain('report.linkedCount{\\"count\\":1}');
  });

  it('groups the lists per municipality in municipality scope', () => {
    const g = given({ scope: 'municipality' });
    g.propose(DEWI, 'Vertrouwenspersoon', 'informal');
    g.propose(ANNA, 'Netwerker');
    const headings = reportOf(g, true)
      .filter((b) => b.type === 'heading')
      .map((b) => b.text);
    expect(headings.slice(1)).toEqual(['Utrecht', 'Zaanstad']);
  });

  it('says so when there are no roles', () => {
    expect(reportOf(given(), true)).toContainEqual({ type: 'paragraph', text: 'report.noRoles' });
  });

  it('offers shared roles with their side as references', () => {
    const g = given();
    const a = g.propose(ANNA, 'Netwerker');
    expect(g.h.engine.references(g.h.state).filter((r) => r.type === 'role')).toEqual([
      { type: 'role', activityId: g.activityId, id: a, text: 'Netwerker', side: 'formal' },
    ]);
  });

  it('has a default config that passes its schema in every language', () => {
    for (const language of ['nl', 'en'] as const)
      expect(rolesKind.configSchema.safeParse(rolesKind.defaultConfig(language)).success).toBe(
        true,
      );
    expect(rolesKind.defaultConfig('en').catalog.formal[1]).toMatchObject({
      key: 'fixer',
      name: 'Fixer',
    });
  });
});
