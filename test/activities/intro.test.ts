import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntroState } from '../../src/activities/intro/schema.ts';
import type { PhoneView, ProjectorView } from '../../src/activities/intro/viewShapes.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import {
  connect,
  facilitatorWithWorkshop,
  join,
  type TestServer,
  type TestSocket,
} from '../support/server.ts';

/**
 * The introduction round over real sockets. The server runs on a clock this test can move
 * forward, so the round timer (minutes long) can be brought to its end in a moment.
 */
let server: TestServer;
let clockOffset = 0;
const sockets: TestSocket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await server?.close();
  clockOffset = 0;
});

/** Like `startServer` from the support kit, with an adjustable clock. */
async function startServerWithClock(): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-intro-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    WERKPLAATS_DATA_DIR: dataDir,
    WERKPLAATS_DEMO: '0',
    LOG_LEVEL: 'silent',
    WERKPLAATS_PARTICIPANT_BATCH_MS: '20',
  });
  const app = await createApp({
    config,
    clientDir: path.join(dataDir, 'no-client'),
    now: () => Date.now() + clockOffset,
  });
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    dataDir,
    restart: () => Promise.reject(new Error('not needed here')),
    close: () => app.close(),
  };
}

async function open(auth: Record<string, unknown>, cookie?: string) {
  const socket = await connect(server, auth, cookie);
  sockets.push(socket);
  await socket.hello();
  return socket;
}

/**
 * Four connected people from three municipalities and both sides, one more who joined but is
 * not connected (Eva), the console, the projector, and a running introduction round activity.
 */
async function scene(connected = ['anna', 'bram', 'chadia', 'dirk']) {
  server = await startServerWithClock();
  const f = await facilitatorWithWorkshop(server);
  for (const municipality of ['Zaanstad', 'Dordrecht'])
    await f.command({
      type: 'addPartnership',
      municipality,
      formalOrganisation: 'Jeugdteam',
      informalOrganisation: 'Sleutelfiguren',
    });
  await f.command({ type: 'addActivity', kind: 'intro' });
  const room = await server.app.ctx.rooms.get(f.workshopId);
  const activityId = room.state.activityOrder.find(
    (id) => room.state.activities[id]?.kind === 'intro',
  )!;
  const partnership = (municipality: string) =>
    Object.values(room.state.partnerships).find((p) => p.municipality === municipality)!.id;
  const people = {
    anna: await join(server, f.code, 'Anna', 'formal', partnership('Utrecht')),
    bram: await join(server, f.code, 'Bram', 'informal', partnership('Zaanstad')),
    chadia: await join(server, f.code, 'Chadia', 'formal', partnership('Dordrecht')),
    dirk: await join(server, f.code, 'Dirk', 'informal', partnership('Utrecht')),
    eva: await join(server, f.code, 'Eva', 'formal', partnership('Zaanstad')),
  };
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  expect((await console_.cmd(null, { type: 'startActivity', activityId })).ok).toBe(true);
  const phones: Record<string, TestSocket> = {};
  for (const name of connected) {
    const token = people[name as keyof typeof people].token;
    phones[name] = await open({ role: 'participant', workshopId: f.workshopId, token });
  }
  const projector = await open({ role: 'projector', code: f.code });
  const ids = Object.fromEntries(Object.entries(people).map(([k, v]) => [k, v.participantId]));
  return { f, activityId, people, ids, console: console_, phones, projector };
}

/** The keys of the activity's own views a socket holds (`a/…` and `o/…`), as JSON. */
function activityWire(socket: TestSocket, activityId: string): string {
  const own = [...socket.views].filter(
    ([key]) => key.startsWith(`a/${activityId}/`) || key.startsWith(`o/${activityId}/`),
  );
  return JSON.stringify(own);
}

const NAMES = ['Anna', 'Bram', 'Chadia', 'Dirk', 'Eva'] as const;
const nameOf = (ids: Record<string, string>, id: string) =>
  NAMES.find((name) => ids[name.toLowerCase()] === id)!;

describe('introduction round over real sockets', () => {
  it('pairs the connected people; each phone is told its own pair and question, and nobody else’s name', async () => {
    const s = await scene();
    const ack = await s.console.cmd(s.activityId, { type: 'startRound' });
    expect(ack.ok).toBe(true);

    const state = await s.console.waitUntil(() => {
      const a = s.console.activity<IntroState>(s.activityId);
      return a?.phase === 'round' ? a : null;
    });
    const { conversations } = state.rounds[0]!;
    const members = conversations.flatMap((c) => c.members).sort();
    expect(members).toEqual([s.ids.anna, s.ids.bram, s.ids.chadia, s.ids.dirk].sort());
    expect(members).not.toContain(s.ids.eva); // joined, but not in the room
    // Utrecht's two people do not talk with each other.
    expect(
      conversations.some((c) => c.members.includes(s.ids.anna!) && c.members.includes(s.ids.dirk!)),
    ).toBe(false);

    for (const [name, phone] of Object.entries(s.phones)) {
      const id = s.ids[name]!;
      const view = await phone.waitUntil(() => phone.activity<PhoneView>(s.activityId)?.mine);
      const mine = conversations.find((c) => c.members.includes(id))!;
      expect(view).toEqual(mine);
      // The phone knows its partner by name, and nobody else in the room.
      const partners = mine.members.filter((m) => m !== id);
      const known = Object.keys(phone.workshop()!.participants).sort();
      expect(known).toEqual([id, ...partners].sort());
      const wire = phone.wire.join('\n');
      for (const partner of partners) expect(wire).toContain(`"${nameOf(s.ids, partner)}"`);
      for (const other of NAMES.filter((n) => !mine.members.includes(s.ids[n.toLowerCase()]!)))
        if (s.ids[other.toLowerCase()] !== id) expect(wire).not.toContain(`"${other}"`);
      // Its activity views hold its own question only, and nobody's language.
      const own = activityWire(phone, s.activityId);
      for (const c of conversations.filter((c) => c !== mine))
        if (c.question !== mine.question) expect(own).not.toContain(c.question);
      expect(own).not.toContain('language');
    }

    // The projector shows the pairs by name, without the questions.
    const pairs = await s.projector.waitUntil(
      () => s.projector.activity<ProjectorView>(s.activityId)?.pairs,
    );
    expect(pairs).toEqual(conversations.map((c) => c.members));
    const names = s.projector.workshop()!.participants;
    for (const id of members) expect(names[id]?.displayName).toBe(nameOf(s.ids, id));
    const projectorWire = activityWire(s.projector, s.activityId);
    for (const c of conversations) expect(projectorWire).not.toContain(c.question);
    expect(projectorWire).not.toContain('language');

    // Eva opens her phone during the round: the clock, no pair, and no one's name but hers.
    const eva = await open({
      role: 'participant',
      workshopId: s.f.workshopId,
      token: s.people.eva.token,
    });
    expect(eva.activity<PhoneView>(s.activityId)).toMatchObject({
      phase: 'round',
      round: { number: 1 },
      mine: null,
    });
    for (const other of NAMES.filter((n) => n !== 'Eva'))
      expect(eva.wire.join('\n')).not.toContain(`"${other}"`);
  });

  it('the server’s timer ends a round with the next one, as the system, exactly once', async () => {
    const s = await scene();
    await s.console.cmd(s.activityId, { type: 'startRound' });
    const anna = s.phones.anna!;
    await anna.waitUntil(() => anna.activity<PhoneView>(s.activityId)?.mine);
    // Almost four minutes later (by the server's clock): pausing keeps the half second left…
    clockOffset = 4 * 60_000 - 500;
    await s.console.cmd(s.activityId, { type: 'pauseRound' });
    const paused = await s.projector.waitUntil(
      () => s.projector.activity<ProjectorView>(s.activityId)?.round?.remainingMs,
    );
    expect(paused).toBeLessThanOrEqual(500);
    // …and resuming arms the round's timer again, for that half second.
    await s.console.cmd(s.activityId, { type: 'resumeRound' });
    await s.console.waitUntil(
      () => s.console.activity<IntroState>(s.activityId)?.rounds.length === 2,
      5000,
    );
    const bram = s.phones.bram!;
    const next = await bram.waitUntil(() => {
      const view = bram.activity<PhoneView>(s.activityId);
      return view?.round?.number === 2 && view.mine;
    });
    expect(next.members).toContain(s.ids.bram);

    const log = await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0);
    const started = log.filter((e) => e.event.type === 'roundStarted');
    expect(started).toHaveLength(2);
    expect(started[1]!.actor).toEqual({ kind: 'system' });
    const room = await server.app.ctx.rooms.get(s.f.workshopId);
    const state = room.state.activities[s.activityId]!.state as IntroState;
    expect(state.rounds.map((r) => r.number)).toEqual([1, 2]);
    // Nobody meets the same person twice while that can be avoided.
    const first = new Set(state.rounds[0]!.conversations.map((c) => [...c.members].sort().join()));
    for (const c of state.rounds[1]!.conversations)
      expect(first.has([...c.members].sort().join())).toBe(false);
  });

  it('refuses a round while fewer than two people are connected, and refuses commands from phones', async () => {
    const s = await scene(['anna']);
    const ack = await s.console.cmd(s.activityId, { type: 'startRound' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'WP_ERR_CONFLICT' } });
    const fromPhone = await s.phones.anna!.cmd(s.activityId, { type: 'startRound' });
    expect(fromPhone).toMatchObject({ ok: false, error: { code: 'WP_ERR_FORBIDDEN' } });
    const log = await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0);
    expect(
      log.filter((e) => e.activityId === s.activityId && e.event.type === 'roundStarted'),
    ).toEqual([]);
    expect(s.phones.anna!.activity<PhoneView>(s.activityId)).toMatchObject({
      phase: 'waiting',
      roundsHeld: 0,
      mine: null,
    });
  });
});
