import { io, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { StrengthView } from '../src/activities/strength/view.ts';
import type { PatchMessage } from '../src/domain/protocol.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  type TestSocket,
  socketsPerTest,
} from './support/server.ts';

/**
 * Views and patches over real sockets: a client that misses something notices and converges,
 * newcomers during a burst converge, a restart changes nothing a client can see, and joining
 * costs the phones already in the room nothing.
 */
let server: TestServer;
const { open, closeAll } = socketsPerTest(() => server);

type Joined = Awaited<ReturnType<typeof join>>;

async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  await f.command({ type: 'startActivity', activityId: f.activityId });
  const anna = await join(server, f.code, 'Anna', 'formal', f.partnershipId);
  const bram = await join(server, f.code, 'Bram', 'formal', f.partnershipId);
  const chadia = await join(server, f.code, 'Chadia', 'informal', f.partnershipId);
  const staff = async () => {
    const s = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
    expect((await s.hello()).ok).toBe(true);
    return s;
  };
  const phone = async (p: Joined) => {
    const s = await open({ role: 'participant', workshopId: f.workshopId, token: p.token });
    expect((await s.hello()).ok).toBe(true);
    return s;
  };
  const notesOf = (s: TestSocket) =>
    Object.values(s.activity<StrengthView>(f.activityId)?.notes ?? {}).map((n) => n.text);
  return { f, anna, bram, chadia, staff, phone, notesOf };
}

/** What a client holds, comparable with another client's: keys, versions, data, people. */
function held(socket: TestSocket) {
  return Object.fromEntries([...socket.views].sort(([a], [b]) => a.localeCompare(b)));
}

/** A second connection of the same person, fresh: what the first one must have converged to. */
async function expectConverged(socket: TestSocket, again: () => Promise<TestSocket>) {
  const fresh = await again();
  await socket.waitUntil(() => JSON.stringify(held(socket)) === JSON.stringify(held(fresh)));
  expect(held(socket)).toEqual(held(fresh));
  expect(socket.workshop()).toEqual(fresh.workshop());
  fresh.disconnect();
}

describe('gaps: a client that misses a patch', () => {
  it('notices at the next patch, asks for the view whole and converges', async () => {
    const s = await scene();
    const annaPhone = await s.phone(s.anna);
    const bramPhone = await s.phone(s.bram);
    const key = `a/${s.f.activityId}/side:formal`;
    const dropped = new Promise<PatchMessage>((resolve) => {
      bramPhone.dropPatch = (patch) => {
        if (patch.view !== key) return false;
        bramPhone.dropPatch = null;
        resolve(patch);
        return true;
      };
    });
    await annaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'eerste, gemist' });
    const missed = await dropped;
    expect(s.notesOf(bramPhone)).toEqual([]);
    expect(bramPhone.gaps).toEqual([]); // nothing to notice until the next patch

    await annaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'tweede' });
    await bramPhone.waitUntil(() => s.notesOf(bramPhone).length === 2);
    expect(bramPhone.gaps).toHaveLength(1);
    expect(bramPhone.gaps[0]).toMatchObject({ view: key, from: missed.to });
    await expectConverged(bramPhone, () => s.phone(s.bram));
  });

  it('a `view` request for a view the socket does not hold is refused with WP_ERR_NOT_FOUND', async () => {
    const s = await scene();
    const annaPhone = await s.phone(s.anna);
    await annaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'alleen voor formeel' });
    const chadia = await open({
      role: 'participant',
      workshopId: s.f.workshopId,
      token: s.chadia.token,
    });
    const ask = (view: unknown) => chadia.timeout(3000).emitWithAck('view', view as never);
    // Before hello a socket holds nothing at all.
    expect(await ask({ view: `a/${s.f.activityId}/side:informal` })).toMatchObject({
      ok: false,
      error: { code: 'WP_ERR_NOT_FOUND' },
    });
    await chadia.hello();
    for (const view of [
      `a/${s.f.activityId}/side:formal`,
      `a/${s.f.activityId}/facilitator`,
      `a/${s.f.activityId}/projector`,
      'w/facilitator',
      `me/${s.anna.participantId}`,
      `o/${s.f.activityId}/${s.anna.participantId}`,
      'x/__proto__',
    ])
      expect(await ask({ view }), view).toMatchObject({
        ok: false,
        error: { code: 'WP_ERR_NOT_FOUND' },
      });
    expect(await ask({})).toMatchObject({ ok: false, error: { code: 'WP_ERR_VALIDATION' } });
    const own = await ask({ view: `a/${s.f.activityId}/side:informal` });
    expect(own).toMatchObject({ ok: true, view: `a/${s.f.activityId}/side:informal` });
    expect(chadia.wire.join('\n')).not.toContain('alleen voor formeel');
  });
});

describe('newcomers and restarts converge', () => {
  it('a facilitator and a phone that connect during a burst of 200 notes converge', async () => {
    const s = await scene();
    const writers: Joined[] = [];
    for (let i = 0; i < 10; i++)
      writers.push(await join(server, s.f.code, `Schrijver ${i}`, i % 2 ? 'informal' : 'formal'));
    const stored: number[] = [];
    const burst = (async () => {
      for (let i = 0; i < 200; i++) {
        // Spread over about half a second, so the newcomers arrive in the middle of it.
        if (i % 4 === 0) await new Promise((resolve) => setTimeout(resolve, 10));
        const outcome = await server.app.ctx.rooms.execute(
          s.f.workshopId,
          { kind: 'participant', participantId: writers[i % 10]!.participantId },
          { activityId: s.f.activityId, command: { type: 'addNote', text: `briefje ${i}` } },
          `burst-${i}-xxxx`,
        );
        if (outcome.ok) stored.push(outcome.lastSeq);
      }
    })();
    while (stored.length < 40) await new Promise((resolve) => setTimeout(resolve, 5));
    const console_ = await s.staff();
    const chadiaPhone = await s.phone(s.chadia);
    expect(stored.length).toBeLessThan(180); // they really came in the middle of it
    await burst;
    const room = await server.app.ctx.rooms.get(s.f.workshopId);
    await console_.waitUntil(() => console_.seq >= room.seq);
    expect(s.notesOf(console_)).toHaveLength(200);
    await expectConverged(console_, s.staff);
    // The informal phone holds its side's 100 notes and never the formal side's text.
    await chadiaPhone.waitUntil(() => s.notesOf(chadiaPhone).length === 100);
    expect(chadiaPhone.wire.join('\n')).not.toContain('"text":"briefje 0"');
    await expectConverged(chadiaPhone, () => s.phone(s.chadia));
  });

  it('after a restart and after a reconnect, clients hold what fresh clients hold', async () => {
    const s = await scene();
    let annaPhone = await s.phone(s.anna);
    for (let i = 0; i < 3; i++)
      await annaPhone.cmd(s.f.activityId, { type: 'addNote', text: `voor de herstart ${i}` });
    const versionBefore = annaPhone.views.get(`a/${s.f.activityId}/side:formal`)?.version ?? 0;
    closeAll();
    server = await server.restart();

    annaPhone = await s.phone(s.anna);
    const console_ = await s.staff();
    expect(annaPhone.views.get(`a/${s.f.activityId}/side:formal`)?.version).toBeGreaterThanOrEqual(
      versionBefore,
    );
    expect(s.notesOf(annaPhone).sort()).toEqual([0, 1, 2].map((i) => `voor de herstart ${i}`));
    // Patches go on from the versions the restarted server handed out.
    const ack = await annaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'na de herstart' });
    expect(ack.ok).toBe(true);
    await annaPhone.waitUntil(() => ack.ok && annaPhone.seq >= ack.lastSeq);
    expect(s.notesOf(annaPhone)).toContain('na de herstart');
    expect(annaPhone.gaps).toEqual([]);

    // Chadia is away while the plenary starts, and comes back to the revealed notes.
    let chadiaPhone = await s.phone(s.chadia);
    expect(s.notesOf(chadiaPhone)).toEqual([]);
    chadiaPhone.disconnect();
    await console_.cmd(s.f.activityId, { type: 'startPlenary' });
    chadiaPhone = await s.phone(s.chadia);
    expect(s.notesOf(chadiaPhone)).toHaveLength(4);
    await expectConverged(annaPhone, () => s.phone(s.anna));
    await expectConverged(console_, s.staff);
    await expectConverged(chadiaPhone, () => s.phone(s.chadia));
  });
});

describe('joining costs O(audiences)', () => {
  it('with 30 phones connected, one more joining sends them nothing; the facilitators see it', async () => {
    const s = await scene();
    const console_ = await s.staff();
    const people: Joined[] = [];
    const phones: TestSocket[] = [];
    for (let i = 0; i < 30; i++) {
      people.push(await join(server, s.f.code, `Telefoon ${i}`, i % 2 ? 'informal' : 'formal'));
      phones.push(await s.phone(people[i]!));
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // let every tick pass
    const before = phones.map((p) => p.wire.length);

    const late = await join(server, s.f.code, 'Laatkomer', 'formal');
    await console_.waitUntil(() =>
      Object.hasOwn(console_.workshop()?.participants ?? {}, late.participantId),
    );
    expect(console_.views.get('w/facilitator')?.data).toMatchObject({
      participants: { [late.participantId]: { displayName: 'Laatkomer' } },
    });
    await new Promise((resolve) => setTimeout(resolve, 150)); // several batch ticks
    expect(phones.map((p) => p.wire.length)).toEqual(before);
    // No phone ever held the roster: each names only itself.
    for (const [i, phone] of phones.entries()) {
      const wire = phone.wire.join('\n');
      expect(wire).not.toContain('Laatkomer');
      for (const j of people.keys())
        if (j !== i) expect(wire).not.toContain(`"displayName":"Telefoon ${j}"`);
      expect(Object.keys(phone.workshop()?.participants ?? {})).toEqual([people[i]!.participantId]);
    }
  });
});

describe('ephemeral signals', () => {
  it("reach the sender's own audience and the facilitators, without a name", async () => {
    const s = await scene();
    const console_ = await s.staff();
    const annaPhone = await s.phone(s.anna);
    const bramPhone = await s.phone(s.bram);
    const chadiaPhone = await s.phone(s.chadia);
    const signal = { activityId: s.f.activityId, topic: 'typing', field: '', active: true };
    const arrived = (socket: TestSocket) =>
      new Promise((resolve) => socket.once('ephemeral', resolve));
    const both = Promise.all([arrived(bramPhone), arrived(console_)]);
    annaPhone.emit('ephemeral', signal as never);
    await both;
    await new Promise((resolve) => setTimeout(resolve, 100)); // Chadia's would have come too
    const heard = (socket: TestSocket) => socket.wire.some((w) => w.startsWith('ephemeral:'));
    expect([bramPhone, console_, chadiaPhone, annaPhone].map(heard)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(bramPhone.wire.find((w) => w.startsWith('ephemeral:'))).toBe(
      `ephemeral:${JSON.stringify(signal)}`,
    );
  });
});

describe('coded refusals instead of silence', () => {
  it('answers `hello`, `command` and `view` without a payload with WP_ERR_VALIDATION', async () => {
    const s = await scene();
    const phone = await s.phone(s.anna);
    const raw = phone as unknown as Socket;
    for (const name of ['hello', 'command', 'view'])
      expect(await raw.timeout(3000).emitWithAck(name), name).toMatchObject({
        ok: false,
        error: { code: 'WP_ERR_VALIDATION' },
      });
    expect(await raw.timeout(3000).emitWithAck('hello', { protocol: 1 })).toMatchObject({
      ok: false,
      error: { code: 'WP_ERR_VALIDATION', params: { field: 'protocol' } },
    });
  });

  it('refuses a handshake with a bad `auth` with a code, and never leaves it hanging', async () => {
    server = await startServer();
    const outcome = (auth: unknown) =>
      new Promise<{ code: string; field?: unknown }>((resolve) => {
        const socket = io(server.url, {
          auth: auth as never,
          transports: ['websocket'],
          extraHeaders: { origin: server.url },
          reconnection: false,
          forceNew: true,
        });
        const done = (result: { code: string; field?: unknown }) => {
          socket.disconnect();
          resolve(result);
        };
        socket.on('connect', () => done({ code: 'connected' }));
        socket.on('disconnect', () => done({ code: 'closed' }));
        socket.on('connect_error', (error) => {
          const data = (error as Error & { data?: { code: string; params: { field?: unknown } } })
            .data;
          done({ code: data?.code ?? error.message, field: data?.params.field });
        });
      });
    // What reaches the server as an object (socket.io-client sends null and numbers as none).
    for (const auth of [{}, { role: 'nobody' }, { role: 'participant' }, null, 42])
      expect(await outcome(auth), JSON.stringify(auth)).toEqual({
        code: 'WP_ERR_VALIDATION',
        field: 'auth',
      });
    // A string or an array is refused by Socket.IO's own parser before any of our code runs:
    // the connection closes at once (no code, but no silence either).
    for (const auth of ['participant', ['role']])
      expect(await outcome(auth), JSON.stringify(auth)).toEqual({ code: 'closed' });
  });

  it("a phone's command that changed nothing still settles: `synced` reaches its lastSeq", async () => {
    const s = await scene();
    const annaPhone = await s.phone(s.anna);
    const bramPhone = await s.phone(s.bram);
    const added = await annaPhone.cmd(s.f.activityId, { type: 'addNote', text: 'zelfde tekst' });
    const noteId = added.ok ? added.createdId : undefined;
    expect(noteId).toBeTruthy();
    // The log moves on without Anna: she gets patches, but no `synced`.
    await bramPhone.cmd(s.f.activityId, { type: 'addNote', text: 'van Bram' });
    await annaPhone.waitUntil(() => s.notesOf(annaPhone).includes('van Bram'));
    const unchanged = await annaPhone.cmd(s.f.activityId, {
      type: 'editNote',
      noteId,
      text: 'zelfde tekst',
    });
    expect(unchanged.ok && unchanged.lastSeq < unchanged.firstSeq).toBe(true);
    await annaPhone.waitUntil(() => unchanged.ok && annaPhone.seq >= unchanged.lastSeq);
  });
});
