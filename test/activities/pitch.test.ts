import { describe, expect, it } from 'vitest';
import { mergedUpdate, prepTexts } from '../../src/activities/pitch/prep.ts';
import type { PitchEvent, PitchState } from '../../src/activities/pitch/schema.ts';
import type { EventEnvelope } from '../../src/domain/events.ts';
import { fakePhone, readableWire } from '../../src/activities/pitch/testing.ts';
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

/** Connects and says hello (every test here starts from a full snapshot). */
async function open(auth: Record<string, unknown>, cookie?: string) {
  const socket = await sockets.open(auth, cookie);
  await socket.hello(null);
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
  return {
    f,
    activityId,
    utrecht,
    dordrecht,
    console: console_,
    annaPhone: await phone(anna),
    bramPhone: await phone(bram),
    dirkPhone: await phone(dirk),
    projector: await open({ role: 'projector', code: f.code }),
  };
}

/** The pitch event in an envelope (tests read fields of a known type). */
function pitchEvent<T extends PitchEvent['type']>(e: EventEnvelope, type: T) {
  expect(e.event.type).toBe(type);
  return e.event as Extract<PitchEvent, { type: T }>;
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

    // Anna starts; Bram's phone receives her words and both type at the same moment.
    const anna = fakePhone().append('goals', 'Doel: ');
    expect(await edit(s.annaPhone, s.utrecht, anna.take())).toMatchObject({ ok: true });
    const first = await s.bramPhone.waitFor((e) => e.event.type === 'prepEdited');
    const bram = fakePhone(pitchEvent(first, 'prepEdited').update);
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

    const { seq, pitch } = await state(s);
    expect(prepTexts(mergedUpdate(pitch.preps[s.utrecht])).goals).toBe(
      'Samen! Doel: buurtteams overtuigen',
    );
    for (const socket of [s.annaPhone, s.bramPhone, s.dirkPhone, s.projector, s.console])
      await socket.waitForSeq(seq);

    // Each phone, applying what it received, has both edits.
    for (const [socket, phone] of [
      [s.annaPhone, anna],
      [s.bramPhone, bram],
    ] as const) {
      for (const e of socket.received)
        if (e.event.type === 'prepEdited') phone.receive(pitchEvent(e, 'prepEdited').update);
      expect(phone.text('goals')).toBe('Samen! Doel: buurtteams overtuigen');
    }

    // While preparing: Utrecht's words reach Utrecht and the console only.
    expect(seen(s.bramPhone)).toContain('buurtteams overtuigen');
    expect(seen(s.console)).toContain('buurtteams overtuigen');
    expect(seen(s.console)).toContain('Dordrecht wil intermediairs');
    for (const socket of [s.dirkPhone, s.projector]) {
      expect(seen(socket)).not.toMatch(/buurtteams|Werkt tussen personen|Samen!/);
    }
    expect(seen(s.projector)).not.toContain('Dordrecht wil intermediairs');
    expect(seen(s.annaPhone)).not.toContain('Dordrecht wil intermediairs');
    expect(s.projector.received.some((e) => e.event.type === 'prepEdited')).toBe(false);

    // Refusals on the wire: another municipality's prep, and bytes that are no Yjs update.
    const forbidden = await edit(s.dirkPhone, s.utrecht, dirk.append('goals', 'x').take());
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'WP_ERR_FORBIDDEN' } });
    const garbage = await edit(s.annaPhone, s.utrecht, 'AQIDBA==');
    expect(garbage).toMatchObject({ ok: false, error: { code: 'WP_ERR_VALIDATION' } });

    // Utrecht pitches first: the start carries its prep to everyone, without the deleted word.
    await s.console.cmd(s.activityId, { type: 'setOrder', order: [s.utrecht, s.dordrecht] });
    const before = Date.now();
    expect((await s.console.cmd(s.activityId, { type: 'startPitch' })).ok).toBe(true);
    const started = await s.projector.waitFor((e) => e.event.type === 'pitchStarted');
    const event = pitchEvent(started, 'pitchStarted');
    expect(event.partnershipId).toBe(s.utrecht);
    expect(event.endsAt).toBeGreaterThanOrEqual(before + 5 * 60_000);
    expect(event.endsAt).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
    expect(prepTexts(event.prep).stand).toBe('Werkt tussen personen');
    await s.dirkPhone.waitFor((e) => e.event.type === 'pitchStarted');
    expect(seen(s.projector)).toContain('buurtteams overtuigen');
    expect(seen(s.dirkPhone)).toContain('buurtteams overtuigen');
    expect(seen(s.projector)).not.toContain('VERWIJDERD');
    expect(seen(s.projector)).not.toContain('Dordrecht wil intermediairs');
    expect(seen(s.annaPhone)).not.toContain('Dordrecht wil intermediairs');

    // Editing has ended for everyone.
    const late = await edit(s.dirkPhone, s.dordrecht, dirk.append('notes', 'te laat').take());
    expect(late).toMatchObject({ ok: false, error: { code: 'WP_ERR_WRONG_PHASE' } });

    // The timer: pause keeps what is left; skip starts Dordrecht, whose prep now goes public.
    await s.console.cmd(s.activityId, { type: 'pause' });
    const paused = await s.projector.waitFor((e) => e.event.type === 'pitchPaused');
    expect(pitchEvent(paused, 'pitchPaused').remainingMs).toBeGreaterThan(4 * 60_000);
    await s.console.cmd(s.activityId, { type: 'skip' });
    await s.annaPhone.waitFor(
      (e) =>
        e.event.type === 'pitchStarted' &&
        pitchEvent(e, 'pitchStarted').partnershipId === s.dordrecht,
    );
    expect(seen(s.annaPhone)).toContain('Dordrecht wil intermediairs');
    expect(seen(s.projector)).toContain('Dordrecht wil intermediairs');

    // A participant cannot run the timer.
    const meddle = await s.annaPhone.cmd(s.activityId, { type: 'finish' });
    expect(meddle).toMatchObject({ ok: false, error: { code: 'WP_ERR_FORBIDDEN' } });
    expect((await s.console.cmd(s.activityId, { type: 'finish' })).ok).toBe(true);
    await s.projector.waitFor((e) => e.event.type === 'finished');
    expect((await state(s)).pitch.phase).toBe('done');
  });

  it('a phone that joins late, or reloads, gets only what it may see in its snapshot', async () => {
    const s = await scene();
    const dirk = fakePhone().append('goals', 'Geheim van Dordrecht');
    await s.dirkPhone.cmd(s.activityId, {
      type: 'editPrep',
      partnershipId: s.dordrecht,
      update: dirk.take(),
    });
    const { seq } = await state(s);
    await s.console.waitForSeq(seq);
    const fresh = await open({ role: 'projector', code: s.f.code });
    const annaAgain = await open({
      role: 'participant',
      workshopId: s.f.workshopId,
      token: (await join(server, s.f.code, 'Anouk', 'formal', s.utrecht)).token,
    });
    for (const socket of [fresh, annaAgain]) expect(seen(socket)).not.toContain('Geheim van');
    const dirkAgain = await open({
      role: 'participant',
      workshopId: s.f.workshopId,
      token: (await join(server, s.f.code, 'Dewi', 'informal', s.dordrecht)).token,
    });
    expect(seen(dirkAgain)).toContain('Geheim van Dordrecht');
  });
});
