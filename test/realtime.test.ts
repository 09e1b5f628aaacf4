import { describe, expect, it } from 'vitest';
import type { StrengthView } from '../src/activities/strength/view.ts';
import { parseViewKey } from '../src/domain/views/audience.ts';
import { wantedViews } from '../src/server/realtime/views/wanted.ts';
import {
  facilitatorWithWorkshop,
  http,
  join,
  startServer,
  type TestServer,
  type TestSocket,
  socketsPerTest,
} from './support/server.ts';

let server: TestServer;
const { open, closeAll } = socketsPerTest(() => server);

/**
 * A workshop with a running strength activity, a facilitator, two formal participants (Dutch)
 * and one informal participant (English, so her language would stand out on anyone's wire).
 */
async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  const anna = await join(server, f.code, 'Anna', 'formal', f.partnershipId);
  const bram = await join(server, f.code, 'Bram', 'formal', f.partnershipId);
  const chadia = (
    await http<{ token: string; participantId: string }>(server, 'POST', '/api/join', {
      code: f.code,
      displayName: 'Chadia',
      partnershipId: f.partnershipId,
      side: 'informal',
      language: 'en',
    })
  ).body;
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  await console_.hello();
  const start = await console_.cmd(null, { type: 'startActivity', activityId: f.activityId });
  expect(start.ok).toBe(true);
  const phone = async (p: { token: string }) => {
    const s = await open({ role: 'participant', workshopId: f.workshopId, token: p.token });
    await s.hello();
    return s;
  };
  const projector = await open({ role: 'projector', code: f.code });
  await projector.hello();
  const strength = (s: TestSocket) => s.activity<StrengthView>(f.activityId);
  const notes = (s: TestSocket) => Object.values(strength(s)?.notes ?? {});
  return {
    f,
    anna,
    bram,
    chadia,
    console: console_,
    annaPhone: await phone(anna),
    bramPhone: await phone(bram),
    chadiaPhone: await phone(chadia),
    projector,
    phone,
    strength,
    notes,
  };
}

const wireOf = (socket: TestSocket) => socket.wire.join('\n');

describe('live strength activity over real sockets', () => {
  it('join, write, reveal and merge; each audience gets what it may see', async () => {
    const s = await scene();
    const ack = await s.annaPhone.cmd(s.f.activityId, {
      type: 'addNote',
      text: 'Ze kennen de gezinnen persoonlijk',
    });
    expect(ack).toMatchObject({ ok: true, duplicate: false });
    const noteId = ack.ok ? (ack.createdId ?? '') : '';

    await s.bramPhone.waitUntil(() => s.notes(s.bramPhone).length === 1);
    await s.console.waitUntil(() => s.notes(s.console).length === 1);
    // The informal side and the projector get a guarded count, never the note.
    for (const socket of [s.chadiaPhone, s.projector]) {
      await socket.waitUntil(() => 'fewerThan' in (s.strength(socket)?.unread.formal ?? {}));
      expect(s.strength(socket)?.unread.formal).toEqual({ fewerThan: 3 });
      expect(s.notes(socket)).toEqual([]);
      expect(wireOf(socket)).not.toContain('Ze kennen de gezinnen');
      expect(wireOf(socket)).not.toContain(noteId);
    }
    expect(wireOf(s.bramPhone)).toContain('Ze kennen de gezinnen');
    // Anonymous: Bram reads the text but not who wrote it; the facilitator sees both.
    const byAnna = `"authorId":"${s.anna.participantId}"`;
    expect(wireOf(s.bramPhone)).not.toContain(byAnna);
    expect(wireOf(s.console)).toContain(byAnna);
    // Anna's own phone learns it is hers from her overlay alone, and shows her as the author.
    expect(wireOf(s.annaPhone)).not.toContain(byAnna);
    await s.annaPhone.waitUntil(() => s.notes(s.annaPhone)[0]?.authorId === s.anna.participantId);

    await s.annaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'Zij hebben vertrouwen' });
    const reveal = await s.console.cmd(s.f.activityId, { type: 'startPlenary' });
    expect(reveal.ok).toBe(true);
    await s.chadiaPhone.waitUntil(() => s.strength(s.chadiaPhone)?.phase === 'plenary');
    expect(s.notes(s.chadiaPhone).map((n) => n.text)).toContain(
      'Ze kennen de gezinnen persoonlijk',
    );
    expect(wireOf(s.chadiaPhone)).not.toContain(byAnna);
    expect(wireOf(s.projector)).not.toContain(byAnna);

    const noteIds = s.notes(s.console).map((n) => n.id);
    const merge = await s.console.cmd(s.f.activityId, {
      type: 'mergeNotes',
      noteIds,
      text: 'Nabij en vertrouwd',
    });
    expect(merge.ok).toBe(true);
    await s.projector.waitUntil(() =>
      s.notes(s.projector).some((n) => n.text === 'Nabij en vertrouwd'),
    );
    // Both originals stay in the log.
    const log = await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0);
    expect(log.filter((e) => e.event.type === 'noteAdded')).toHaveLength(2);

    // Names and languages: phones never get the roster, nor anyone else's language. (The
    // projector shows the newest names in the lobby, but no languages.)
    for (const socket of [s.annaPhone, s.bramPhone, s.projector])
      expect(wireOf(socket)).not.toContain('"language":"en"');
    for (const [socket, others] of [
      [s.annaPhone, ['Bram', 'Chadia']],
      [s.bramPhone, ['Anna', 'Chadia']],
      [s.chadiaPhone, ['Anna', 'Bram']],
    ] as const) {
      for (const name of others) expect(wireOf(socket)).not.toContain(`"displayName":"${name}"`);
      expect(Object.keys(socket.workshop()?.participants ?? {})).toHaveLength(1);
    }
    expect(wireOf(s.console)).toContain('"language":"en"');
  });

  it('a retried command with the same clientActionId is stored once and answered the same', async () => {
    const s = await scene();
    const first = await s.annaPhone.cmd(
      s.f.activityId,
      { type: 'addNote', text: 'eenmaal' },
      'retry-key-0001',
    );
    const second = await s.annaPhone.cmd(
      s.f.activityId,
      { type: 'addNote', text: 'eenmaal' },
      'retry-key-0001',
    );
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(second).toMatchObject({ ok: true, duplicate: true });
    if (first.ok && second.ok)
      expect([second.firstSeq, second.lastSeq]).toEqual([first.firstSeq, first.lastSeq]);
    const log = await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0);
    expect(log.filter((e) => e.event.type === 'noteAdded')).toHaveLength(1);
    // The same key from another participant is a different command.
    const other = await s.bramPhone.cmd(
      s.f.activityId,
      { type: 'addNote', text: 'ander' },
      'retry-key-0001',
    );
    expect(other).toMatchObject({ ok: true, duplicate: false });
  });

  it('a client that was away gets exactly the views the server computes for it now', async () => {
    const s = await scene();
    await s.bramPhone.cmd(s.f.activityId, { type: 'addNote', text: 'voor het wegvallen' });
    s.bramPhone.disconnect();

    await s.annaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'tijdens het wegvallen' });
    await s.chadiaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'informeel tijdens' });
    await s.console.cmd(s.f.activityId, { type: 'startPlenary' });

    const back = await s.phone(s.bram);
    const room = await server.app.ctx.rooms.get(s.f.workshopId);
    const { engine } = server.app.ctx;
    const viewer = {
      kind: 'participant',
      participantId: s.bram.participantId,
      side: 'formal',
      partnershipId: s.f.partnershipId,
    } as const;
    expect([...back.views.keys()].sort()).toEqual(wantedViews(engine, room.state, viewer).sort());
    for (const [key, view] of back.views) {
      const now = engine.views.computeView(room.state, parseViewKey(key)!);
      expect({ data: view.data, people: view.people }, key).toEqual(
        JSON.parse(JSON.stringify(now)),
      );
    }
    expect(
      s
        .notes(back)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['informeel tijdens', 'tijdens het wegvallen', 'voor het wegvallen'].sort());
  });

  it('a server restart keeps every acknowledged event and the same state', async () => {
    const s = await scene();
    for (let i = 0; i < 5; i++)
      await s.annaPhone.cmd(s.f.activityId, { type: 'addNote', text: `briefje ${i}` });
    const before = await server.app.ctx.rooms.get(s.f.workshopId);
    const stateBefore = JSON.stringify(before.state);
    const seqBefore = before.seq;
    closeAll();
    server = await server.restart();
    const after = await server.app.ctx.rooms.get(s.f.workshopId);
    expect(after.seq).toBe(seqBefore);
    expect(JSON.stringify(after.state)).toBe(stateBefore);
    // The participant's token still works: same person, own notes intact and marked as hers.
    const phone = await open({
      role: 'participant',
      workshopId: s.f.workshopId,
      token: s.anna.token,
    });
    const ack = await phone.hello();
    expect(ack.ok && ack.you).toEqual({ role: 'participant', participantId: s.anna.participantId });
    expect(ack.ok && ack.sync.seq).toBe(seqBefore);
    const mine = s.notes(phone).filter((n) => n.authorId === s.anna.participantId);
    expect(mine).toHaveLength(5);
  });

  it('a new activity reaches phones as a patch; starting it swaps the activity view', async () => {
    const s = await scene();
    const wireBefore = s.annaPhone.wire.length;
    const ack = await s.console.cmd(null, {
      type: 'addActivity',
      kind: 'strength',
      title: 'Tweede ronde',
    });
    expect(ack.ok).toBe(true);
    const second = ack.ok ? (ack.createdId ?? '') : '';
    await s.annaPhone.waitUntil(() =>
      Object.hasOwn(s.annaPhone.workshop()?.activities ?? {}, second),
    );
    const since = s.annaPhone.wire.slice(wireBefore);
    expect(since.every((m) => m.startsWith('patch:'))).toBe(true);
    expect(since.join('\n')).toContain('"view":"w/participants"');
    // Facilitators hold every activity; phones only the one on the screen.
    await s.console.waitUntil(() => s.console.views.get(`a/${second}/facilitator`));
    expect([...s.annaPhone.views.keys()].some((k) => k.startsWith(`a/${second}/`))).toBe(false);

    await s.console.cmd(null, { type: 'startActivity', activityId: second });
    await s.annaPhone.waitUntil(() => s.annaPhone.views.get(`a/${second}/side:formal`));
    expect(s.annaPhone.views.has(`a/${s.f.activityId}/side:formal`)).toBe(false);
    expect(wireOf(s.annaPhone)).toContain(`viewDropped:{"view":"a/${s.f.activityId}/side:formal"}`);
    await s.projector.waitUntil(() => s.projector.views.get(`a/${second}/projector`));
    expect(s.projector.views.has(`a/${s.f.activityId}/projector`)).toBe(false);
  });

  it('a command that changes nothing is acknowledged with an empty range', async () => {
    const s = await scene();
    await s.console.cmd(null, { type: 'lockWorkshop' });
    const again = await s.console.cmd(null, { type: 'lockWorkshop' });
    expect(again.ok && again.firstSeq).toBe(again.ok && again.lastSeq + 1);
  });

  it('phones get one patch per view per tick, not one message per event', async () => {
    const s = await scene();
    const key = `a/${s.f.activityId}/side:formal`;
    const patches = (socket: TestSocket) =>
      socket.wire.filter((w) => w.startsWith('patch:') && w.includes(`"view":"${key}"`)).length;
    const before = patches(s.bramPhone);
    const acks = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        s.annaPhone.cmd(s.f.activityId, { type: 'addNote', text: `snel ${i}` }),
      ),
    );
    const last = Math.max(...acks.map((a) => (a.ok ? a.lastSeq : 0)));
    await s.annaPhone.waitUntil(() => s.annaPhone.seq >= last);
    await s.bramPhone.waitUntil(() => s.notes(s.bramPhone).length === 10);
    expect(patches(s.bramPhone) - before).toBeLessThan(10);
    expect(s.bramPhone.gaps).toEqual([]);
  });
});
