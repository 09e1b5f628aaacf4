import { describe, expect, it } from 'vitest';
import { FACILITATOR as FACILITATOR_ACTOR } from '../../domain/testing/workshopHarness.ts';
import { FACILITATOR, OBSERVER, PARTICIPANTS, PROJECTOR } from '../../domain/views/audience.ts';
import { ANNA, BRAM, CHADIA, DEWI, given, joinWithoutMunicipality, type Scene } from './testkit.ts';
import type { RolesOverlay, RolesView } from './viewShapes.ts';

/** What each audience holds, as it arrives (JSON), and the JSON a phone receives. */
function audiences(g: Scene) {
  const { h, activityId } = g;
  return {
    facilitator: () => h.facilitatorSees<RolesView>(activityId),
    projector: () => h.projectorSees<RolesView>(activityId),
    phone: (id: string) => h.participantSees<RolesView>(activityId, id),
    phoneWire: (id: string) => h.phone(activityId, id).wire,
    projectorWire: () => JSON.stringify(h.view(activityId, PROJECTOR)),
    overlay: (id: string) => h.overlayOf<RolesOverlay | null>(activityId, id)?.data ?? null,
  };
}

const names = (view: RolesView) => Object.values(view.roles).map((r) => r.name);

describe('roles views: workshop scope, while collecting', () => {
  function collecting(config = {}) {
    const g = given(config);
    const roleId = g.propose(ANNA, 'Netwerker');
    g.send(BRAM, { type: 'endorseRole', roleId });
    g.send(CHADIA, { type: 'endorseRole', roleId });
    return { ...g, roleId, see: audiences(g) };
  }

  it('puts every participant in one audience: everyone reads the same lists', () => {
    const { h, activityId } = collecting();
    for (const id of ['anna', 'bram', 'chadia', 'dewi'])
      expect(h.audienceOf(activityId, id)).toBe(PARTICIPANTS);
  });

  it('shows facilitators who proposed and who endorsed', () => {
    const { see, roleId } = collecting();
    expect(see.facilitator().roles[roleId]).toMatchObject({
      name: 'Netwerker',
      proposerId: 'anna',
      endorsements: 2,
      endorsers: ['bram', 'chadia'],
    });
  });

  it('shows a phone the support as a count and only its own endorsement', () => {
    const { see, roleId } = collecting();
    expect(see.phone('bram').roles[roleId]).toMatchObject({ endorsements: 2, endorsers: ['bram'] });
    expect(see.phone('dewi').roles[roleId]).toMatchObject({ endorsements: 2, endorsers: [] });
    expect(see.overlay('bram')).toEqual({ proposed: {}, endorsed: { [roleId]: true } });
    expect(see.overlay('dewi')).toBeNull();
    for (const id of ['anna', 'dewi']) expect(see.phoneWire(id)).not.toMatch(/bram|chadia/);
    expect(see.phoneWire('bram')).not.toContain('chadia');
  });

  it('keeps an anonymous proposer from peers and the projector; the proposer still sees “yours”', () => {
    const { see, roleId } = collecting();
    expect(see.phone('anna').roles[roleId]?.proposerId).toBe('anna');
    expect(see.overlay('anna')).toEqual({ proposed: { [roleId]: true }, endorsed: {} });
    expect(see.phone('bram').roles[roleId]?.proposerId).toBeNull();
    expect(see.phoneWire('bram')).not.toContain('anna');
    expect(see.projector().roles[roleId]).toMatchObject({ proposerId: null, endorsers: [] });
    expect(see.projectorWire()).not.toMatch(/anna|bram|chadia/);
  });

  it('names the proposer to the room when anonymity is off, and no phone gets anyone’s card', () => {
    const { see, roleId, h, activityId } = collecting({ anonymous: false });
    expect(see.phone('bram').roles[roleId]?.proposerId).toBe('anna');
    expect(see.overlay('anna')).toBeNull();
    for (const audience of [PARTICIPANTS, PROJECTOR, FACILITATOR])
      expect(h.view(activityId, audience).people).toEqual({});
  });

  it('gives the projector no municipality counts in workshop scope', () => {
    const { see } = collecting();
    expect(see.projector()).toMatchObject({ phase: 'open', unshared: {}, spotlightId: null });
  });
});

describe('roles views: the facilitator tidies', () => {
  it('hidden roles leave every view but the console; merged originals too', () => {
    const g = given();
    const see = audiences(g);
    const rude = g.propose(ANNA, 'Grof');
    const a = g.propose(ANNA, 'Netwerker');
    const b = g.propose(BRAM, 'Netwerken');
    g.send(CHADIA, { type: 'endorseRole', roleId: b });
    g.send(FACILITATOR_ACTOR, { type: 'hideRole', roleId: rude });
    g.send(FACILITATOR_ACTOR, { type: 'mergeRoles', roleIds: [a, b], name: 'Netwerker' });
    expect(see.facilitator().roles[rude]?.hidden).toBe(true);
    expect(see.facilitator().roles[a]?.mergedInto).not.toBeNull();
    for (const view of [see.phone('anna'), see.phone('chadia'), see.projector()])
      expect(names(view)).toEqual(['Netwerker']);
    expect(see.phoneWire('dewi')).not.toContain('Grof');
    expect(see.projectorWire()).not.toContain('Grof');
    // Chadia's endorsement moved to the merged role; Anna's anonymous originals are gone.
    const merged = Object.values(see.phone('chadia').roles)[0]!;
    expect(merged).toMatchObject({ endorsements: 1, endorsers: ['chadia'], proposerId: null });
    expect(see.overlay('anna')).toBeNull();
  });

  it('closing shows on every screen; the spotlight is on every screen that reads the role', () => {
    const g = given();
    const see = audiences(g);
    const roleId = g.propose(ANNA, 'Netwerker');
    g.send(FACILITATOR_ACTOR, { type: 'spotlightRole', roleId });
    g.send(FACILITATOR_ACTOR, { type: 'close' });
    for (const view of [see.facilitator(), see.projector(), see.phone('dewi')])
      expect(view).toMatchObject({ phase: 'closed', spotlightId: roleId });
    expect(see.projector().roles[roleId]?.name).toBe('Netwerker');
  });
});

describe('roles views: per municipality, private until shared', () => {
  function municipal() {
    const g = given({ scope: 'municipality' });
    joinWithoutMunicipality(g.h, 'eva');
    const utrechtRole = g.propose(ANNA, 'Geheim Utrecht');
    g.send(BRAM, { type: 'endorseRole', roleId: utrechtRole });
    const zaanstadRole = g.propose(DEWI, 'Geheim Zaanstad', 'informal');
    return { ...g, utrechtRole, zaanstadRole, see: audiences(g) };
  }

  it('gives each municipality’s phones one audience, and people without one the room’s', () => {
    const { h, activityId, utrecht, zaanstad } = municipal();
    expect(h.audienceOf(activityId, 'anna')).toBe(`partnership:${utrecht}`);
    expect(h.audienceOf(activityId, 'chadia')).toBe(`partnership:${utrecht}`);
    expect(h.audienceOf(activityId, 'dewi')).toBe(`partnership:${zaanstad}`);
    expect(h.audienceOf(activityId, 'eva')).toBe(PARTICIPANTS);
  });

  it('before sharing, keeps a municipality’s lists on its own phones and the console', () => {
    const { see, utrechtRole } = municipal();
    expect(names(see.facilitator())).toEqual(['Geheim Utrecht', 'Geheim Zaanstad']);
    expect(names(see.phone('chadia'))).toEqual(['Geheim Utrecht']);
    expect(see.phone('chadia').roles[utrechtRole]).toMatchObject({
      endorsements: 1,
      endorsers: [],
    });
    expect(names(see.phone('dewi'))).toEqual(['Geheim Zaanstad']);
    expect(see.phoneWire('dewi')).not.toContain('Geheim Utrecht');
    expect(see.phoneWire('anna')).not.toContain('Geheim Zaanstad');
    expect(see.phoneWire('eva')).not.toContain('Geheim');
    expect(see.projectorWire()).not.toContain('Geheim');
    expect(see.projectorWire()).not.toContain(utrechtRole);
  });

  it('before sharing, the projector counts roles per municipality, guarded below 3', () => {
    const { see, send, propose, utrecht, zaanstad, h, activityId } = municipal();
    expect(see.projector().roles).toEqual({});
    expect(see.projector().unshared).toEqual({
      [utrecht]: {
        sides: { formal: { fewerThan: 3 }, informal: { exact: 0 } },
        total: { fewerThan: 3 },
      },
      [zaanstad]: {
        sides: { formal: { exact: 0 }, informal: { fewerThan: 3 } },
        total: { fewerThan: 3 },
      },
    });
    // Phones and observers: the projector's counts are the room screen's, not a phone's.
    expect(see.phone('dewi').unshared).toEqual({});
    expect(h.view<RolesView>(activityId, OBSERVER).data.unshared).toHaveProperty(utrecht);
    // Three formal roles and one informal: the total would give the one away, so it is left out.
    propose(BRAM, 'Twee');
    propose(ANNA, 'Drie');
    propose(CHADIA, 'Vier', 'informal');
    expect(see.projector().unshared[utrecht]).toEqual({
      sides: { formal: { exact: 3 }, informal: { fewerThan: 3 } },
      total: null,
    });
    propose(CHADIA, 'Vijf', 'informal');
    propose(CHADIA, 'Zes', 'informal');
    expect(see.projector().unshared[utrecht]).toEqual({
      sides: { formal: { exact: 3 }, informal: { exact: 3 } },
      total: { exact: 6 },
    });
    send(FACILITATOR_ACTOR, { type: 'shareGroup', partnershipId: utrecht });
    expect(Object.keys(see.projector().unshared)).toEqual([zaanstad]);
  });

  it('after sharing, everyone reads the shared lists with their support but no endorser', () => {
    const { see, send, utrecht, utrechtRole } = municipal();
    send(FACILITATOR_ACTOR, { type: 'shareGroup', partnershipId: utrecht });
    for (const view of [see.phone('dewi'), see.phone('eva'), see.projector()])
      expect(view.roles[utrechtRole]).toMatchObject({
        name: 'Geheim Utrecht',
        shared: true,
        endorsements: 1,
        endorsers: [],
        proposerId: null,
      });
    expect(see.projector().sharedGroups).toEqual([utrecht]);
    expect(see.phoneWire('dewi')).not.toMatch(/"(anna|bram)"/);
    expect(see.projectorWire()).not.toContain('Geheim Zaanstad');
    expect(see.phoneWire('eva')).not.toContain('Geheim Zaanstad');
    send(DEWI, { type: 'endorseRole', roleId: utrechtRole });
    expect(see.phone('dewi').roles[utrechtRole]).toMatchObject({
      endorsements: 2,
      endorsers: ['dewi'],
    });
    expect(see.phone('anna').roles[utrechtRole]).toMatchObject({ endorsements: 2, endorsers: [] });
  });
});
