import { describe, expect, it } from 'vitest';
import { registry } from '../src/activities/registry.ts';
import type { StrengthState } from '../src/activities/strength/schema.ts';
import type { Viewer } from '../src/domain/actors.ts';
import { createEngine } from '../src/domain/engine.ts';
import type { WorkshopState } from '../src/domain/workshop/state.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  socketsPerTest,
} from './support/server.ts';

const engine = createEngine(registry);
let server: TestServer;
const { open, closeAll } = socketsPerTest(() => server);

/** A workshop with a running strength activity, a facilitator, two formal and one informal participant. */
async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  const anna = await join(server, f.code, 'Anna', 'formal', f.partnershipId);
  const bram = await join(server, f.code, 'Bram', 'formal', f.partnershipId);
  const chadia = await join(server, f.code, 'Chadia', 'informal', f.partnershipId);
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  await console_.hello(null);
  const start = await console_.cmd(null, { type: 'startActivity', activityId: f.activityId });
  expect(start.ok).toBe(true);
  const phone = async (p: { token: string }) => {
    const s = await open({ role: 'participant', workshopId: f.workshopId, token: p.token });
    await s.hello(null);
    return s;
  };
  const projector = await open({ role: 'projector', code: f.code });
  await projector.hello(null);
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
  };
}

describe('live strength activity over real sockets', () => {
  it('join, write, reveal and merge; each audience gets what it may see', async () => {
    const s = await scene();
    const ack = await s.annaPhone.cmd(s.f.activityId, {
      type: 'addNote',
      text: 'Ze kennen de gezinnen persoonlijk',
    });
    expect(ack).toMatchObject({ ok: true, duplicate: false });
    const lastSeq = ack.ok ? ack.lastSeq : 0;

    for (const socket of [s.annaPhone, s.bramPhone, s.chadiaPhone, s.projector, s.console])
      await socket.waitForSeq(lastSeq);
    // The informal group and the projector received a placeholder, never the text.
    for (const socket of [s.chadiaPhone, s.projector]) {
      expect(socket.wire.join('\n')).not.toContain('Ze kennen de gezinnen');
      expect(socket.received.some((e) => e.event.type === 'noteAdded')).toBe(true);
    }
    expect(s.bramPhone.wire.join('\n')).toContain('Ze kennen de gezinnen');
    // Anonymous: Bram sees the text but not who wrote it; the facilitator sees both.
    expect(s.bramPhone.wire.join('\n')).not.toContain(`"authorId":"${s.anna.participantId}"`);
    expect(s.console.wire.join('\n')).toContain(`"authorId":"${s.anna.participantId}"`);

    await s.annaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'Zij hebben vertrouwen' });
    const reveal = await s.console.cmd(s.f.activityId, { type: 'startPlenary' });
    expect(reveal.ok).toBe(true);
    await s.chadiaPhone.waitFor((e) => e.event.type === 'plenaryStarted');
    expect(s.chadiaPhone.wire.join('\n')).toContain('Ze kennen de gezinnen');
    expect(s.chadiaPhone.wire.join('\n')).not.toContain(`"authorId":"${s.anna.participantId}"`);

    const room = await server.app.ctx.rooms.get(s.f.workshopId);
    const noteIds = Object.keys(
      (room.state.activities[s.f.activityId]?.state as StrengthState).notes,
    );
    const merge = await s.console.cmd(s.f.activityId, {
      type: 'mergeNotes',
      noteIds,
      text: 'Nabij en vertrouwd',
    });
    expect(merge.ok).toBe(true);
    const merged = await s.projector.waitFor((e) => e.event.type === 'notesMerged');
    expect(JSON.stringify(merged)).toContain('Nabij en vertrouwd');
    // Both originals stay in the log.
    const log = await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0);
    expect(log.filter((e) => e.event.type === 'noteAdded')).toHaveLength(2);
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

  it('a client that misses events while away catches up to exactly the redacted state', async () => {
    const s = await scene();
    await s.bramPhone.cmd(s.f.activityId, { type: 'addNote', text: 'voor het wegvallen' });
    await s.bramPhone.waitForSeq((await server.app.ctx.rooms.get(s.f.workshopId)).seq);
    const lastSeq = s.bramPhone.upTo;
    const firstHello = s.bramPhone.wire.find((w) => w.startsWith('hello-ack:'))!;
    s.bramPhone.disconnect();

    await s.annaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'tijdens het wegvallen' });
    await s.chadiaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'informeel tijdens' });
    await s.console.cmd(s.f.activityId, { type: 'startPlenary' });

    const back = await open({
      role: 'participant',
      workshopId: s.f.workshopId,
      token: s.bram.token,
    });
    const ack = await back.hello(lastSeq);
    expect(ack.ok && ack.sync.kind).toBe('events');

    // Rebuild Bram's view the way the client does: first snapshot + the events since.
    const snapshot = JSON.parse(firstHello.slice('hello-ack:'.length)).sync.state as WorkshopState;
    let client = snapshot;
    for (const e of s.bramPhone.received.concat(back.received))
      if (e.seq > 0) client = engine.evolve(client, e);
    const room = await server.app.ctx.rooms.get(s.f.workshopId);
    const viewer: Viewer = {
      kind: 'participant',
      participantId: s.bram.participantId,
      side: 'formal',
      partnershipId: s.f.partnershipId,
    };
    expect(JSON.stringify(sorted(client))).toEqual(
      JSON.stringify(sorted(engine.redactState(room.state, viewer))),
    );
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
    // The participant's token still works: same person, own notes intact.
    const phone = await open({
      role: 'participant',
      workshopId: s.f.workshopId,
      token: s.anna.token,
    });
    const ack = await phone.hello(null);
    expect(ack.ok && ack.you).toEqual({ role: 'participant', participantId: s.anna.participantId });
    const notes =
      ack.ok && ack.sync.kind === 'snapshot'
        ? (ack.sync.state.activities[s.f.activityId]?.state as StrengthState).notes
        : {};
    expect(Object.values(notes).filter((n) => n.authorId === s.anna.participantId)).toHaveLength(5);
  });

  it('adding an activity reaches phones as events, without making them reload everything', async () => {
    const s = await scene();
    const resyncs: unknown[] = [];
    s.annaPhone.on('resync', (m) => resyncs.push(m));
    const ack = await s.console.cmd(null, {
      type: 'addActivity',
      kind: 'strength',
      title: 'Tweede ronde',
    });
    expect(ack.ok).toBe(true);
    await s.annaPhone.waitFor((e) => e.event.type === 'activityAdded');
    expect(resyncs).toEqual([]);
  });

  it('a command that changes nothing is acknowledged with an empty range', async () => {
    const s = await scene();
    await s.console.cmd(null, { type: 'lockWorkshop' });
    const again = await s.console.cmd(null, { type: 'lockWorkshop' });
    expect(again.ok && again.firstSeq).toBe(again.ok && again.lastSeq + 1);
  });

  it('phones get coalesced batches, not one message per event', async () => {
    const s = await scene();
    const before = s.chadiaPhone.wire.filter((w) => w.startsWith('events:')).length;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        s.annaPhone.cmd(s.f.activityId, { type: 'addNote', text: `snel ${i}` }),
      ),
    );
    const room = await server.app.ctx.rooms.get(s.f.workshopId);
    await s.chadiaPhone.waitForSeq(room.seq);
    const messages = s.chadiaPhone.wire.filter((w) => w.startsWith('events:')).length - before;
    expect(messages).toBeLessThan(10);
  });
});

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}
