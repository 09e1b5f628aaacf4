import { describe, expect, it } from 'vitest';
import type { WorkshopView } from '../src/domain/views/workshopView.ts';
import {
  cookieHeader,
  facilitatorWithWorkshop,
  http,
  join,
  socketsPerTest,
  startServer,
  type TestServer,
} from './support/server.ts';

/**
 * Issue 8, points 3, 5 and 6 over real sockets and HTTP: a participant's municipality, side and
 * language corrected (by themself or a facilitator) and the views that follow; the closed door
 * with its waiting list; the end of the day.
 */
let server: TestServer;
const { open } = socketsPerTest(() => server);

async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  await f.command({
    type: 'addPartnership',
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Vrouwen van Zaan',
  });
  const room = await server.app.ctx.rooms.get(f.workshopId);
  const zaanstad = Object.values(room.state.partnerships).find(
    (p) => p.municipality === 'Zaanstad',
  )!.id;
  const utrecht = f.partnershipId;
  const staff = async () => {
    const s = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
    expect((await s.hello()).ok).toBe(true);
    return s;
  };
  const phone = async (token: string) => {
    const s = await open({ role: 'participant', workshopId: f.workshopId, token });
    expect((await s.hello()).ok).toBe(true);
    return s;
  };
  const projector = async () => {
    const s = await open({ role: 'projector', code: f.code });
    expect((await s.hello()).ok).toBe(true);
    return s;
  };
  const state = async () => (await server.app.ctx.rooms.get(f.workshopId)).state;
  return { f, utrecht, zaanstad, staff, phone, projector, state };
}

const viewKeys = (s: { views: Map<string, unknown> }) => [...s.views.keys()].sort();

describe("a participant's details: municipality, side and language", () => {
  it('the participant corrects them; their views move to the right group', async () => {
    const s = await scene();
    const pitch = (await s.f.command({ type: 'addActivity', kind: 'pitch' })).body;
    expect(pitch.ok).toBe(true);
    const pitchId = (await s.state()).activityOrder[1]!;
    const anna = await join(server, s.f.code, 'Anna', 'formal', null);
    const annaPhone = await s.phone(anna.token);

    // The strength activity: phones are grouped by side.
    await s.f.command({ type: 'startActivity', activityId: s.f.activityId });
    await annaPhone.waitUntil(() => annaPhone.views.has(`a/${s.f.activityId}/side:formal`));
    const ack = await annaPhone.cmd(null, {
      type: 'changeMyDetails',
      partnershipId: s.zaanstad,
      side: 'informal',
      language: 'en',
    });
    expect(ack.ok).toBe(true);
    await annaPhone.waitUntil(() => annaPhone.views.has(`a/${s.f.activityId}/side:informal`));
    expect(annaPhone.views.has(`a/${s.f.activityId}/side:formal`)).toBe(false);
    // Her own record follows on the phones' next tick (the moved view is sent at once).
    const me = await annaPhone.waitUntil(() => {
      const record = annaPhone.workshop()?.participants[anna.participantId];
      return record?.side === 'informal' ? record : null;
    });
    expect(me).toMatchObject({ partnershipId: s.zaanstad, side: 'informal', language: 'en' });

    // The pitch: phones are grouped by municipality.
    await s.f.command({ type: 'startActivity', activityId: pitchId });
    await annaPhone.waitUntil(() => annaPhone.views.has(`a/${pitchId}/partnership:${s.zaanstad}`));
    await annaPhone.cmd(null, {
      type: 'changeMyDetails',
      partnershipId: s.utrecht,
      side: 'informal',
      language: 'en',
    });
    await annaPhone.waitUntil(() => annaPhone.views.has(`a/${pitchId}/partnership:${s.utrecht}`));
    expect(viewKeys(annaPhone)).not.toContain(`a/${pitchId}/partnership:${s.zaanstad}`);

    // The change is an event like any other.
    const log = await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0);
    const changes = log.filter((e) => e.event.type === 'participantDetailsChanged');
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({ actor: { kind: 'participant' } });
  });

  it('"no municipality" is a choice; an unknown one is refused; nothing changed, nothing stored', async () => {
    const s = await scene();
    const bram = await join(server, s.f.code, 'Bram', 'informal', s.utrecht);
    const bramPhone = await s.phone(bram.token);
    const none = await bramPhone.cmd(null, {
      type: 'changeMyDetails',
      partnershipId: null,
      side: 'informal',
      language: 'nl',
    });
    expect(none.ok).toBe(true);
    expect((await s.state()).participants[bram.participantId]?.partnershipId).toBeNull();
    const unknown = await bramPhone.cmd(null, {
      type: 'changeMyDetails',
      partnershipId: 'nietBestaand123',
      side: 'informal',
      language: 'nl',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'WP_ERR_VALIDATION' } });
    const before = (await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0)).length;
    await bramPhone.cmd(null, {
      type: 'changeMyDetails',
      partnershipId: null,
      side: 'informal',
      language: 'nl',
    });
    expect(await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0)).toHaveLength(before);
    // Someone else's details are the facilitator's to correct, not a phone's.
    const other = await bramPhone.cmd(null, {
      type: 'changeParticipantDetails',
      participantId: bram.participantId,
      partnershipId: null,
      side: 'formal',
      language: 'nl',
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'WP_ERR_FORBIDDEN' } });
  });

  it('the facilitator corrects them; the phone and the roster follow, others see no language', async () => {
    const s = await scene();
    const chadia = await join(server, s.f.code, 'Chadia', 'formal', null);
    const dirk = await join(server, s.f.code, 'Dirk', 'formal', s.utrecht);
    const chadiaPhone = await s.phone(chadia.token);
    const dirkPhone = await s.phone(dirk.token);
    const console = await s.staff();
    await s.f.command({ type: 'startActivity', activityId: s.f.activityId });
    const res = await s.f.command({
      type: 'changeParticipantDetails',
      participantId: chadia.participantId,
      partnershipId: s.zaanstad,
      side: 'informal',
      language: 'en',
    });
    expect(res.body.ok).toBe(true);
    await chadiaPhone.waitUntil(() => chadiaPhone.views.has(`a/${s.f.activityId}/side:informal`));
    await chadiaPhone.waitUntil(
      () => chadiaPhone.workshop()?.participants[chadia.participantId]?.language === 'en',
    );
    expect(chadiaPhone.workshop()?.participants[chadia.participantId]).toMatchObject({
      partnershipId: s.zaanstad,
      side: 'informal',
      language: 'en',
    });
    await console.waitUntil(
      () => console.workshop()?.participants[chadia.participantId]?.side === 'informal',
    );
    // Dirk's phone never learns Chadia's details.
    expect(dirkPhone.wire.join('\n')).not.toContain('Chadia');
    const unknownPerson = await s.f.command({
      type: 'changeParticipantDetails',
      participantId: 'nobodyHere123',
      partnershipId: null,
      side: 'formal',
      language: 'nl',
    });
    expect(unknownPerson.status).toBe(404);
  });
});

describe('kinds that group by municipality or side follow a correction', () => {
  it('roles per municipality: the phone moves to its new municipality’s lists', async () => {
    const s = await scene();
    await s.f.command({ type: 'addActivity', kind: 'roles' });
    const roles = Object.values((await s.state()).activities).find((a) => a.kind === 'roles')!;
    await s.f.command({
      type: 'configureActivity',
      activityId: roles.id,
      config: { ...(roles.config as object), scope: 'municipality' },
    });
    const eva = await join(server, s.f.code, 'Eva', 'formal', s.utrecht);
    const evaPhone = await s.phone(eva.token);
    await s.f.command({ type: 'startActivity', activityId: roles.id });
    await evaPhone.waitUntil(() => evaPhone.views.has(`a/${roles.id}/partnership:${s.utrecht}`));
    await s.f.command({
      type: 'changeParticipantDetails',
      participantId: eva.participantId,
      partnershipId: s.zaanstad,
      side: 'formal',
      language: 'nl',
    });
    await evaPhone.waitUntil(() => evaPhone.views.has(`a/${roles.id}/partnership:${s.zaanstad}`));
    expect(evaPhone.views.has(`a/${roles.id}/partnership:${s.utrecht}`)).toBe(false);
  });

  it('the tree forms its mixed groups from the corrected municipalities', async () => {
    const s = await scene();
    await s.f.command({ type: 'addActivity', kind: 'tree' });
    const tree = Object.values((await s.state()).activities).find((a) => a.kind === 'tree')!;
    const people = [];
    for (const name of ['Ada', 'Ben', 'Cas', 'Dea', 'Eef', 'Fem'])
      people.push(await join(server, s.f.code, name, 'formal', s.utrecht));
    // Eef and Fem chose Utrecht by mistake; the facilitator corrects it before the groups.
    for (const p of people.slice(4))
      await s.f.command({
        type: 'changeParticipantDetails',
        participantId: p.participantId,
        partnershipId: s.zaanstad,
        side: 'formal',
        language: 'nl',
      });
    await s.f.command({ type: 'startActivity', activityId: tree.id });
    const formed = await s.f.command({ type: 'formGroups', groupSize: 3 }, tree.id);
    expect(formed.body.ok).toBe(true);
    const state = (await s.state()).activities[tree.id]!.state as {
      groups: Record<string, { members: string[] }>;
    };
    const zaanstad = new Set(people.slice(4).map((p) => p.participantId));
    const groups = Object.values(state.groups);
    expect(groups).toHaveLength(2);
    for (const g of groups) expect(g.members.filter((m) => zaanstad.has(m))).toHaveLength(1);
  });
});

interface Knocked {
  workshopId: string;
  participantId: string;
  token: string;
  status: string;
}

describe('the door: closed, a waiting list, admission', () => {
  const body = (code: string, displayName: string, partnershipId: string | null = null) => ({
    code,
    displayName,
    partnershipId,
    side: 'informal',
    language: 'nl',
  });
  const entry = (code: string, token: string) =>
    fetch(`${server.url}/api/join/${code}/entry`, {
      headers: { authorization: `Bearer ${token}` },
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

  it('a late phone asks, waits, is let in and goes on with the token it holds', async () => {
    const s = await scene();
    const anna = await join(server, s.f.code, 'Anna', 'formal', s.utrecht);
    const annaPhone = await s.phone(anna.token);
    const projector = await s.projector();
    const console = await s.staff();
    await s.f.command({ type: 'lockWorkshop' });
    expect((await http(server, 'GET', `/api/join/${s.f.code}`)).body.locked).toBe(true);
    const refused = await http(server, 'POST', '/api/join', body(s.f.code, 'Laat'));
    expect(refused.status).toBe(423);

    const knock = await http<Knocked>(
      server,
      'POST',
      '/api/join/knock',
      body(s.f.code, 'Laatkomer Lotte', s.zaanstad),
    );
    expect(knock.status).toBe(200);
    expect(knock.body.status).toBe('waiting');
    expect(cookieHeader(knock.setCookie)).toContain(knock.body.token);
    expect(await entry(s.f.code, knock.body.token)).toMatchObject({
      status: 200,
      body: { status: 'waiting', locked: true, request: { displayName: 'Laatkomer Lotte' } },
    });
    // Not in yet: the token opens no socket.
    await expect(
      open({ role: 'participant', workshopId: s.f.workshopId, token: knock.body.token }),
    ).rejects.toThrow('WP_ERR_UNAUTHENTICATED');

    // Only facilitators see the waiting list.
    await console.waitUntil(
      () => Object.keys(console.workshop()?.entryRequests ?? {}).length === 1,
    );
    await annaPhone.waitUntil(() => annaPhone.workshop()?.locked);
    await projector.waitUntil(() => projector.workshop()?.locked);
    for (const other of [annaPhone, projector]) {
      expect(other.wire.join('\n')).not.toContain('Lotte');
      expect((other.workshop() as WorkshopView).entryRequests).toEqual({});
    }

    const admit = await s.f.command({ type: 'admitEntry', requestId: knock.body.participantId });
    expect(admit.body.ok).toBe(true);
    expect(await entry(s.f.code, knock.body.token)).toMatchObject({
      body: { status: 'admitted' },
    });
    const lotte = await s.phone(knock.body.token);
    expect(lotte.workshop()?.participants[knock.body.participantId]).toMatchObject({
      displayName: 'Laatkomer Lotte',
      partnershipId: s.zaanstad,
      side: 'informal',
    });
    expect((await s.state()).locked).toBe(true);
    // Admitting twice (two facilitators at once) changes nothing.
    const again = await s.f.command({ type: 'admitEntry', requestId: knock.body.participantId });
    expect(again.body.ok).toBe(true);
    const joins = (await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0)).filter(
      (e) => e.event.type === 'participantJoined',
    );
    expect(joins).toHaveLength(2);
  });

  it('refused, a phone may ask again under the same id; an opened door lets it join itself', async () => {
    const s = await scene();
    await s.f.command({ type: 'lockWorkshop' });
    const knock = await http<Knocked>(server, 'POST', '/api/join/knock', body(s.f.code, 'Mo'));
    await s.f.command({ type: 'refuseEntry', requestId: knock.body.participantId });
    expect((await entry(s.f.code, knock.body.token)).body.status).toBe('refused');

    const asked = await fetch(`${server.url}/api/join/knock`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: server.url,
        authorization: `Bearer ${knock.body.token}`,
      },
      body: JSON.stringify(body(s.f.code, 'Mo')),
    }).then((r) => r.json() as Promise<Knocked>);
    expect(asked).toMatchObject({
      status: 'waiting',
      participantId: knock.body.participantId,
      token: knock.body.token,
    });
    expect((await entry(s.f.code, knock.body.token)).body.status).toBe('waiting');

    await s.f.command({ type: 'unlockWorkshop' });
    const joined = await fetch(`${server.url}/api/join`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: server.url,
        authorization: `Bearer ${knock.body.token}`,
      },
      body: JSON.stringify(body(s.f.code, 'Mo')),
    }).then((r) => r.json() as Promise<Knocked>);
    expect(joined).toMatchObject({
      participantId: knock.body.participantId,
      token: knock.body.token,
    });
    const state = await s.state();
    expect(state.entryRequests[knock.body.participantId]?.status).toBe('admitted');
    expect(state.participants[knock.body.participantId]?.displayName).toBe('Mo');
  });

  it('knocking at an open door simply joins; a stranger has no entry to ask about', async () => {
    const s = await scene();
    const knock = await http<Knocked>(server, 'POST', '/api/join/knock', body(s.f.code, 'Open'));
    expect(knock.body.status).toBe('admitted');
    expect((await s.state()).participants[knock.body.participantId]).toBeDefined();
    const none = await entry(s.f.code, 'x'.repeat(43));
    expect(none).toMatchObject({ status: 200, body: { status: null, request: null } });
  });
});

describe('the end of the day', () => {
  it('closing, the closing text, and starting an item opening it again', async () => {
    const s = await scene();
    const anna = await join(server, s.f.code, 'Anna', 'formal', s.utrecht);
    const annaPhone = await s.phone(anna.token);
    const fields = {
      type: 'updateWorkshop',
      title: 'Werkplaats test',
      startsOn: null,
      endsOn: null,
      venue: '',
      defaultLanguage: 'nl',
    };
    await s.f.command({ ...fields, closingText: 'Het verslag komt op 1 november.' });
    await s.f.command({ type: 'closeWorkshop' });
    await annaPhone.waitUntil(() => annaPhone.workshop()?.closedAt);
    expect(annaPhone.workshop()?.closingText).toBe('Het verslag komt op 1 november.');
    // A script that does not know the field keeps the text.
    await s.f.command(fields);
    expect((await s.state()).closingText).toBe('Het verslag komt op 1 november.');
    await s.f.command({ type: 'startActivity', activityId: s.f.activityId });
    await annaPhone.waitUntil(() => annaPhone.workshop()?.closedAt === null);
    const reopen = await s.f.command({ type: 'reopenWorkshop' });
    expect(reopen.body.ok).toBe(true);
  });
});
