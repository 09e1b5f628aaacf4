import { describe, expect, it } from 'vitest';
import { rolesKind } from '../../src/activities/roles/index.ts';
import type { RolesState } from '../../src/activities/roles/schema.ts';
import type { StrengthState } from '../../src/activities/strength/schema.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  socketsPerTest,
} from '../support/server.ts';

let server: TestServer;
const sockets = socketsPerTest(() => server);

/** Connects and says hello (every test here starts from a full snapshot). */
async function open(auth: Record<string, unknown>, cookie?: string) {
  const socket = await sockets.open(auth, cookie);
  await socket.hello(null);
  return socket;
}

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
  return {
    f,
    zaanstad,
    rolesId,
    room,
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
    const proposed = await s.annaPhone.cmd(s.rolesId, {
      type: 'proposeRole',
      side: 'formal',
      name: 'Wegwijzer in Utrecht',
      strengths: [s.aboutFormal],
    });
    expect(proposed).toMatchObject({ ok: true });
    const seq = proposed.ok ? proposed.lastSeq : 0;
    const roles = ((await s.room()).state.activities[s.rolesId]?.state as RolesState).roles;
    const id = Object.keys(roles)[0]!;
    for (const socket of [s.annaPhone, s.chadiaPhone, s.dewiPhone, s.projector, s.console])
      await socket.waitForSeq(seq);

    // Utrecht and the facilitator read it; Zaanstad and the projector hold a placeholder.
    expect(s.chadiaPhone.wire.join('\n')).toContain('Wegwijzer in Utrecht');
    expect(s.console.wire.join('\n')).toContain('Wegwijzer in Utrecht');
    for (const socket of [s.dewiPhone, s.projector]) {
      expect(socket.wire.join('\n')).not.toContain('Wegwijzer in Utrecht');
      const event = await socket.waitFor((e) => e.event.type === 'roleProposed');
      expect(event.event).toMatchObject({ placeholder: true, name: '', strengths: [] });
    }
    // The proposer stays anonymous to her own group.
    expect(s.chadiaPhone.wire.join('\n')).not.toContain(`"proposerId":"${s.anna.participantId}"`);

    // Zaanstad cannot endorse what it cannot see; Utrecht can, and only the console learns who.
    const refused = await s.dewiPhone.cmd(s.rolesId, { type: 'endorseRole', roleId: id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WP_ERR_NOT_FOUND' } });
    const endorsed = await s.chadiaPhone.cmd(s.rolesId, { type: 'endorseRole', roleId: id });
    const endorsedSeq = endorsed.ok ? endorsed.lastSeq : 0;
    await s.annaPhone.waitForSeq(endorsedSeq);
    await s.console.waitForSeq(endorsedSeq);
    const chadiaId = `"participantId":"${s.chadia.participantId}"`;
    expect(s.annaPhone.wire.join('\n')).not.toContain(chadiaId);
    expect(s.console.wire.join('\n')).toContain(chadiaId);

    // Sharing carries the content to everyone, with the count but not the endorser.
    const shared = await s.console.cmd(s.rolesId, {
      type: 'shareGroup',
      partnershipId: s.f.partnershipId,
    });
    expect(shared.ok).toBe(true);
    for (const socket of [s.dewiPhone, s.projector]) {
      const reveal = await socket.waitFor((e) => e.event.type === 'groupShared');
      expect(JSON.stringify(reveal)).toContain('Wegwijzer in Utrecht');
      expect(JSON.stringify(reveal)).toContain('"endorsements":1');
      expect(socket.wire.join('\n')).not.toContain(chadiaId);
    }
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
    expect(log.filter((e) => e.event.type === 'roleProposed')).toHaveLength(1);
    const roleId = (
      log.find((e) => e.event.type === 'roleProposed')!.event as unknown as { roleId: string }
    ).roleId;

    const early = await s.console.cmd(s.rolesId, { type: 'spotlightRole', roleId });
    expect(early).toMatchObject({ ok: false, error: { code: 'WP_ERR_WRONG_PHASE' } });
    await s.console.cmd(s.rolesId, { type: 'shareGroup', partnershipId: s.zaanstad });
    expect((await s.console.cmd(s.rolesId, { type: 'spotlightRole', roleId })).ok).toBe(true);
    const spot = await s.projector.waitFor((e) => e.event.type === 'roleSpotlighted');
    expect(spot.event).toMatchObject({ roleId });
    expect(s.projector.wire.join('\n')).toContain('Brugfunctie naar instanties');
  });
});
