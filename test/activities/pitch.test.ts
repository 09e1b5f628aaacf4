import { describe, expect, it } from 'vitest';
import { mergedUpdate, prepTexts } from '../../src/activities/pitch/prep.ts';
import type { PitchState, PitchView } from '../../src/activities/pitch/schema.ts';
import { fakePhone, readableWire, textsIn } from '../../src/activities/pitch/testing.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  type TestSocket,
  socketsPerTest,
} from '../support/server.ts';

let server: TestServer;
const sockets = socketsPerTest(() => server);

/** Connects and says hello (every test here starts from the socket's whole views). */
async function open(auth: Record<string, unknown>, cookie?: string) {
  const socket = await sockets.open(auth, cookie);
  const ack = await socket.hello();
  expect(ack.ok).toBe(true);
  return socket;
}

/** Everything readable that reached a socket, base64 Yjs updates decoded too. */
const seen = (socket: TestSocket) =>
  readableWire(socket.wire.map((line) => JSON.parse(line.slice(line.indexOf(':') + 1))));

/** Utrecht (Anna, Bram) and Dordrecht (Dirk) with a running pitch; console, phones, projector. */
async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  await f.command({
    type: 'addPartnership',
    municipality: 'Dordrecht',
    formalOrganisation: 'Sociaal wijkteam',
    informalOrganisation: 'Intermediairs',
  });
  await f.command({ type: 'addActivity', kind: 'pitch' });
  const room = await server.app.ctx.rooms.get(f.workshopId);
  const activityId = room.state.activityOrder.find(
    (id) => room.state.activities[id]?.kind === 'pitch',
  )!;
  const utrecht = f.partnershipId;
  const dordrecht = Object.keys(room.state.partnerships).find((id) => id !== utrecht)!;
  const anna = await join(server, f.code, 'Anna', 'formal', utrecht);
  const bram = await join(server, f.code, 'Bram', 'informal', utrecht);
  const dirk = await join(server, f.code, 'Dirk', 'formal', dordrecht);
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  expect((await console_.cmd(null, { type: 'startActivity', activityId })).ok).toBe(true);
  const phone = (p: { token: string }) =>
    open({ role: 'participant', workshopId: f.workshopId, token: p.token });
  /** The pitch as a socket's screen composes it. */
  const pitch = (socket: TestSocket) => socket.activity<PitchView>(activityId);
  /** Resolves once a socket's pitch view satisfies `check`. */
  const until = (socket: TestSocket, check: (view: PitchView) => boolean) =>
    socket.waitUntil(() => {
      const view = pitch(socket);
      return view && check(view) ? view : null;
    });
  return {
    f,
    activityId,
    utrecht,
    dordrecht,
    anna,
    pitch,
    until,
    console: console_,
    annaPhone: await phone(anna),
    bramPhone: await phone(bram),
    dirkPhone: await phone(dirk),
    projector: await open({ role: 'projector', code: f.code }),
  };
}

async function state(s: { f: { workshopId: string }; activityId: string }) {
  const room = await server.app.ctx.rooms.get(s.f.workshopId);
  return { seq: room.seq, pitch: room.state.activities[s.activityId]?.state as PitchState };
}

describe('elevator pitch over real sockets', () => {
  it('merges live edits, keeps each prep in its municipality until its pitch, then shares it', async () => {
    const s = await scene();
    const edit = (socket: TestSocket, partnershipId: string, update: string) =>
      socket.cmd(s.activityId, { type: 'editPrep', partnershipId, update });
    const goalsOf = (partnershipId: string) => (view: PitchView) =>
      textsIn(view, partnershipId)?.goals;

    // Anna starts; Bram's phone takes her words from its view and both type at the same moment.
    const anna = fakePhone().append('goals', 'Doel: ');
    expect(await edit(s.annaPhone, s.utrecht, anna.take())).toMatchObject({ ok: true });
    const first = await s.until(s.bramPhone, (v) => goalsOf(s.utrecht)(v) === 'Doel: ');
    const bram = fakePhone(mergedUpdate(first.preps[s.utrecht]));
    anna.append('goals', 'buurtteams overtuigen').append('stand', 'VERWIJDERD');
    anna.remove('stand', 0, 'VERWIJDERD'.length).append('stand', 'Werkt tussen personen');
    bram.insert('goals', 0, 'Samen! ');
    const [a, b] = await Promise.all([
      edit(s.annaPhone, s.utrecht, anna.take()),
      edit(s.bramPhone, s.utrecht, bram.take()),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const dirk = fakePhone().append('stand', 'Dordrecht wil intermediairs inzetten');
    expect(await edit(s.dirkPhone, s.dordrecht, dirk.take())).toMatchObject({ ok: true });

    const merged = 'Samen! Doel: buurtteams overtuigen';
    const { seq, pitch } = await state(s);
    expect(prepTexts(mergedUpdate(pitch.preps[s.utrecht])).goals).toBe(merged);

    // Each phone of the group, taking in its view as usePrepDoc does, has both edits.
    for (const [socket, phone] of [
      [s.annaPhone, anna],
      [s.bramPhone, bram],
    ] as const) {
      const view = await s.until(socket, (v) => goalsOf(s.utrecht)(v) === merged);
      phone.receive(mergedUpdate(view.preps[s.utrecht]));
      expect(phone.text('goals')).toBe(merged);
    }
    // Dirk's view changed after Utrecht's edits were sent; the projector is synced to the end.
    await s.until(
      s.dirkPhone,
      (v) => textsIn(v, s.dordrecht)?.stand.startsWith('Dordrecht') ?? false,
    );
    await s.projector.waitUntil(() => s.projector.seq >= seq);
    await s.console.waitUntil(() => s.console.seq >= seq);

    // While preparing: Utrecht's words reach Utrecht and the console only.
    expect(seen(s.bramPhone)).toContain('buurtteams overtuigen');
    expect(seen(s.console)).toContain('buurtteams overtuigen');
    expect(seen(s.console)).toContain('Dordrecht wil intermediairs');
    for (const socket of [s.dirkPhone, s.projector])
      expect(seen(socket)).not.toMatch(/buurtteams|Werkt tussen personen|Samen!/);
    expect(seen(s.projector)).not.toContain('Dordrecht wil intermediairs');
    expect(seen(s.annaPhone)).not.toContain('Dordrecht wil intermediairs');
    expect(s.pitch(s.projector)?.preps).toEqual({});
    // The prep screen names the own municipality's members, nobody else.
    const names = Object.values(s.bramPhone.workshop()?.participants ?? {}).map(
      (p) => p.displayName,
    );
    expect(names.sort()).toEqual(['Anna', 'Bram']);
    expect(seen(s.bramPhone)).not.toContain('Dirk');

    // Refusals on the wire: another municipality's prep, and bytes that are no Yjs update.
    const forbidden = await edit(s.dirkPhone, s.utrecht, dirk.append('goals', 'x').take());
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'WP_ERR_FORBIDDEN' } });
    const garbage = await edit(s.annaPhone, s.utrecht, 'AQIDBA==');
    expect(garbage).toMatchObject({ ok: false, error: { code: 'WP_ERR_VALIDATION' } });

    // Utrecht pitches first: its prep goes to everyone, without the deleted word.
    await s.console.cmd(s.activityId, { type: 'setOrder', order: [s.utrecht, s.dordrecht] });
    const before = Date.now();
    expect((await s.console.cmd(s.activityId, { type: 'startPitch' })).ok).toBe(true);
    const onStage = await s.until(s.projector, (v) => v.current?.partnershipId === s.utrecht);
    expect(onStage.current?.endsAt).toBeGreaterThanOrEqual(before + 5 * 60_000);
    expect(onStage.current?.endsAt).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
    expect(textsIn(onStage, s.utrecht)?.stand).toBe('Werkt tussen personen');
    await s.until(s.dirkPhone, (v) => goalsOf(s.utrecht)(v) === merged);
    expect(seen(s.projector)).toContain('buurtteams overtuigen');
    expect(seen(s.dirkPhone)).toContain('buurtteams overtuigen');
    expect(seen(s.projector)).not.toContain('VERWIJDERD');
    expect(seen(s.dirkPhone)).not.toContain('VERWIJDERD');
    expect(seen(s.projector)).not.toContain('Dordrecht wil intermediairs');
    expect(seen(s.annaPhone)).not.toContain('Dordrecht wil intermediairs');

    // Editing has ended for everyone.
    const late = await edit(s.dirkPhone, s.dordrecht, dirk.append('notes', 'te laat').take());
    expect(late).toMatchObject({ ok: false, error: { code: 'WP_ERR_WRONG_PHASE' } });

    // The timer: pause keeps what is left; skip starts Dordrecht, whose prep now goes public.
    await s.console.cmd(s.activityId, { type: 'pause' });
    const paused = await s.until(s.projector, (v) => v.current?.remainingMs != null);
    expect(paused.current?.remainingMs).toBeGreaterThan(4 * 60_000);
    await s.console.cmd(s.activityId, { type: 'skip' });
    await s.until(s.annaPhone, (v) => v.current?.partnershipId === s.dordrecht);
    expect(seen(s.annaPhone)).toContain('Dordrecht wil intermediairs');
    await s.until(s.projector, (v) => v.current?.partnershipId === s.dordrecht);
    expect(seen(s.projector)).toContain('Dordrecht wil intermediairs');

    // A participant cannot run the timer.
    const meddle = await s.annaPhone.cmd(s.activityId, { type: 'finish' });
    expect(meddle).toMatchObject({ ok: false, error: { code: 'WP_ERR_FORBIDDEN' } });
    expect((await s.console.cmd(s.activityId, { type: 'finish' })).ok).toBe(true);
    await s.until(s.projector, (v) => v.phase === 'done');
    expect((await state(s)).pitch.phase).toBe('done');
  });

  it('a phone that joins late, or reloads, gets only what it may see in its views', async () => {
    const s = await scene();
    const dirk = fakePhone().append('goals', 'Geheim van Dordrecht');
    await s.dirkPhone.cmd(s.activityId, {
      type: 'editPrep',
      partnershipId: s.dordrecht,
      update: dirk.take(),
    });
    await s.until(s.console, (v) => textsIn(v, s.dordrecht)?.goals === 'Geheim van Dordrecht');
    const fresh = await open({ role: 'projector', code: s.f.code });
    const anouk = await open({
      role: 'participant',
      workshopId: s.f.workshopId,
      token: (await join(server, s.f.code, 'Anouk', 'formal', s.utrecht)).token,
    });
    const annaAgain = await open({
      role: 'participant',
      workshopId: s.f.workshopId,
      token: s.anna.token,
    });
    for (const socket of [fresh, anouk, annaAgain]) {
      expect(s.pitch(socket)).toMatchObject({ phase: 'prepare' });
      expect(seen(socket)).not.toContain('Geheim van');
    }
    const dewi = await open({
      role: 'participant',
      workshopId: s.f.workshopId,
      token: (await join(server, s.f.code, 'Dewi', 'informal', s.dordrecht)).token,
    });
    expect(textsIn(s.pitch(dewi)!, s.dordrecht)?.goals).toBe('Geheim van Dordrecht');
    expect(seen(dewi)).toContain('Geheim van Dordrecht');
    // Dirk's open phone learns of the new member (the prep screen lists who writes along).
    await s.dirkPhone.waitUntil(() =>
      Object.values(s.dirkPhone.workshop()?.participants ?? {}).some(
        (p) => p.displayName === 'Dewi',
      ),
    );
  });
});
