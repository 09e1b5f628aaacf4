import { describe, expect, it } from 'vitest';
import { rolesKind } from '../../src/activities/roles/index.ts';
import type { RolesState } from '../../src/activities/roles/schema.ts';
import type { RolesView } from '../../src/activities/roles/viewShapes.ts';
import type { StrengthState } from '../../src/activities/strength/schema.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  type TestSocket,
  socketsPerTest,
  activityWireOf,
} from '../support/server.ts';

let server: TestServer;
const sockets = socketsPerTest(() => server);

const open = sockets.greeted;

/** Everything a socket received, as one string (for "the secret never arrived"). */
const wireOf = (socket: TestSocket) => socket.wire.join('\n');

/**
 * Utrecht (Anna formal, Chadia informal) and Zaanstad (Dewi informal). The strength activity
 * has shared one strength about each side; then "Wie speelt welke rol" runs per municipality.
 */
async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  await f.command({
    type: 'addPartnership',
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Vrouwennetwerk',
  });
  const room = () => server.app.ctx.rooms.get(f.workshopId);
  const zaanstad = Object.keys((await room()).state.partnerships).find(
    (id) => id !== f.partnershipId,
  )!;
  const anna = await join(server, f.code, 'Anna', 'formal', f.partnershipId);
  const chadia = await join(server, f.code, 'Chadia', 'informal', f.partnershipId);
  const dewi = await join(server, f.code, 'Dewi', 'informal', zaanstad);
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  const phone = (p: { token: string }) =>
    open({ role: 'participant', workshopId: f.workshopId, token: p.token });
  const [annaPhone, chadiaPhone, dewiPhone] = [
    await phone(anna),
    await phone(chadia),
    await phone(dewi),
  ];
  const projector = await open({ role: 'projector', code: f.code });

  // "De kracht van de ander" first: its revealed strengths are what roles link to.
  await console_.cmd(null, { type: 'startActivity', activityId: f.activityId });
  await chadiaPhone.cmd(f.activityId, { type: 'addNote', text: 'Ze weten de weg in de zorg' });
  await annaPhone.cmd(f.activityId, { type: 'addNote', text: 'Ze kennen de gezinnen' });
  expect((await console_.cmd(f.activityId, { type: 'startPlenary' })).ok).toBe(true);
  const notes = Object.values(
    ((await room()).state.activities[f.activityId]?.state as StrengthState).notes,
  );
  const strengthRef = (text: string) => ({
    activityId: f.activityId,
    id: notes.find((n) => n.text === text)!.id,
  });

  const config = { ...rolesKind.defaultConfig('nl'), scope: 'municipality', suggestions: true };
  expect((await f.command({ type: 'addActivity', kind: 'roles', config })).body.ok).toBe(true);
  const rolesId = (await room()).state.activityOrder.at(-1)!;
  expect((await console_.cmd(null, { type: 'startActivity', activityId: rolesId })).ok).toBe(true);
  /** One role of the activity as a socket composes it (the phone's overlay folded in). */
  const roleOn = (socket: TestSocket, roleId: string) => {
    const roles = socket.activity<RolesView>(rolesId)?.roles ?? {};
    return Object.hasOwn(roles, roleId) ? roles[roleId] : undefined;
  };
  return {
    f,
    zaanstad,
    rolesId,
    room,
    roleOn,
    anna,
    chadia,
    dewi,
    console: console_,
    annaPhone,
    chadiaPhone,
    dewiPhone,
    projector,
    aboutFormal: strengthRef('Ze weten de weg in de zorg'),
    aboutInformal: strengthRef('Ze kennen de gezinnen'),
  };
}

describe('"Wie speelt welke rol" over real sockets', () => {
  it('keeps a municipality’s lists on its own phones until the facilitator shares them', async () => {
    const s = await scene();
    const utrecht = s.f.partnershipId;
    const proposed = await s.annaPhone.cmd(s.rolesId, {
      type: 'proposeRole',
      side: 'formal',
      name: 'Wegwijzer in Utrecht',
      strengths: [s.aboutFormal],
    });
    expect(proposed).toMatchObject({ ok: true });
    const roles = ((await s.room()).state.activities[s.rolesId]?.state as RolesState).roles;
    const id = Object.keys(roles)[0]!;

    // Utrecht and the facilitator read it; the projector only counts it.
    await s.chadiaPhone.waitUntil(() => s.roleOn(s.chadiaPhone, id));
    await s.console.waitUntil(() => s.roleOn(s.console, id));
    const counted = await s.projector.waitUntil(
      () => s.projector.activity<RolesView>(s.rolesId)?.unshared[utrecht],
    );
    expect(counted).toEqual({
      sides: { formal: { fewerThan: 3 }, informal: { exact: 0 } },
      total: { fewerThan: 3 },
    });
    // Zaanstad's own proposal arriving means anything sent before it has arrived too.
    await s.dewiPhone.cmd(s.rolesId, { type: 'adoptSuggestion', side: 'informal', key: 'bridge' });
    await s.dewiPhone.waitUntil(
      () => Object.keys(s.dewiPhone.activity<RolesView>(s.rolesId)?.roles ?? {}).length === 1,
    );
    for (const socket of [s.dewiPhone, s.projector])
      expect(wireOf(socket)).not.toContain('Wegwijzer in Utrecht');
    expect(wireOf(s.projector)).not.toContain(id);
    // The proposer stays anonymous to her own group; her own phone still says "yours".
    expect(s.roleOn(s.chadiaPhone, id)?.proposerId).toBeNull();
    expect(wireOf(s.chadiaPhone)).not.toContain(s.anna.participantId);
    await s.annaPhone.waitUntil(
      () => s.roleOn(s.annaPhone, id)?.proposerId === s.anna.participantId,
    );

    // Zaanstad cannot endorse what it cannot see; Utrecht can, and only the console learns who.
    const refused = await s.dewiPhone.cmd(s.rolesId, { type: 'endorseRole', roleId: id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WP_ERR_NOT_FOUND' } });
    expect((await s.chadiaPhone.cmd(s.rolesId, { type: 'endorseRole', roleId: id })).ok).toBe(true);
    const chadiaId = s.chadia.participantId;
    await s.chadiaPhone.waitUntil(() => s.roleOn(s.chadiaPhone, id)?.endorsers.includes(chadiaId));
    await s.annaPhone.waitUntil(() => s.roleOn(s.annaPhone, id)?.endorsements === 1);
    await s.console.waitUntil(() => s.roleOn(s.console, id)?.endorsers.includes(chadiaId));
    expect(s.roleOn(s.annaPhone, id)?.endorsers).toEqual([]);
    expect(wireOf(s.annaPhone)).not.toContain(chadiaId);

    // Sharing brings the lists to everyone, with the count but not the endorser.
    const shared = await s.console.cmd(s.rolesId, { type: 'shareGroup', partnershipId: utrecht });
    expect(shared.ok).toBe(true);
    for (const socket of [s.dewiPhone, s.projector]) {
      const role = await socket.waitUntil(() => s.roleOn(socket, id));
      expect(role).toMatchObject({ name: 'Wegwijzer in Utrecht', endorsements: 1, endorsers: [] });
      expect(activityWireOf(socket, s.rolesId)).not.toContain(chadiaId);
      expect(activityWireOf(socket, s.rolesId)).not.toContain(s.anna.participantId);
    }
    // A phone gets nobody's card at all: not the endorser's, not the proposer's.
    expect(wireOf(s.dewiPhone)).not.toContain(chadiaId);
    expect(await s.dewiPhone.cmd(s.rolesId, { type: 'endorseRole', roleId: id })).toMatchObject({
      ok: true,
    });
  });

  it('adopts a suggestion once, and a spotlight reaches the projector', async () => {
    const s = await scene();
    const adopt = { type: 'adoptSuggestion', side: 'informal', key: 'bridge' };
    expect(await s.dewiPhone.cmd(s.rolesId, adopt)).toMatchObject({ ok: true, duplicate: false });
    const again = await s.dewiPhone.cmd(s.rolesId, adopt);
    // Nothing new is stored: the command is accepted with no events.
    expect(again.ok).toBe(true);
    const log = await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0);
    const proposals = log.filter((e) => e.event.type === 'roleProposed');
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ v: rolesKind.version });
    const roleId = (proposals[0]!.event as unknown as { roleId: string }).roleId;
    await s.dewiPhone.waitUntil(() => s.roleOn(s.dewiPhone, roleId));

    const early = await s.console.cmd(s.rolesId, { type: 'spotlightRole', roleId });
    expect(early).toMatchObject({ ok: false, error: { code: 'WP_ERR_WRONG_PHASE' } });
    await s.projector.waitUntil(
      () => s.projector.activity<RolesView>(s.rolesId)?.unshared[s.zaanstad],
    );
    // The catalog is public (it is the activity's config); the adopted role is not, yet.
    expect(activityWireOf(s.projector, s.rolesId)).not.toContain('Brugfunctie naar instanties');
    expect(wireOf(s.projector)).not.toContain(roleId);
    await s.console.cmd(s.rolesId, { type: 'shareGroup', partnershipId: s.zaanstad });
    expect((await s.console.cmd(s.rolesId, { type: 'spotlightRole', roleId })).ok).toBe(true);
    await s.projector.waitUntil(
      () => s.projector.activity<RolesView>(s.rolesId)?.spotlightId === roleId,
    );
    expect(s.roleOn(s.projector, roleId)?.name).toBe('Brugfunctie naar instanties');
    expect(activityWireOf(s.projector, s.rolesId)).toContain('Brugfunctie naar instanties');
  });
});
