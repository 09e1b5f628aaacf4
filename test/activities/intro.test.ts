import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntroState } from '../../src/activities/intro/schema.ts';
import type { EventEnvelope } from '../../src/domain/events.ts';
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
  await socket.hello(null);
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

const roundStarted = (round: number) => (e: EventEnvelope) =>
  e.event.type === 'roundStarted' && (e.event as { round?: number }).round === round;

describe('introduction round over real sockets', () => {
  it('pairs the connected people, and every phone and the projector receive the same pairs and questions', async () => {
    const s = await scene();
    const ack = await s.console.cmd(s.activityId, { type: 'startRound' });
    expect(ack.ok).toBe(true);

    const received = [];
    for (const socket of [...Object.values(s.phones), s.projector, s.console])
      received.push(await socket.waitFor(roundStarted(1)));
    const events = received.map((e) => JSON.stringify(e.event));
    expect(new Set(events).size).toBe(1); // identical for everyone: pairs are public in the room
    const { conversations } = received[0]!.event as unknown as IntroState['rounds'][number];
    const members = conversations.flatMap((c) => c.members).sort();
    expect(members).toEqual([s.ids.anna, s.ids.bram, s.ids.chadia, s.ids.dirk].sort());
    expect(members).not.toContain(s.ids.eva); // joined, but not in the room
    // Utrecht's two people do not talk with each other.
    expect(
      conversations.some((c) => c.members.includes(s.ids.anna!) && c.members.includes(s.ids.dirk!)),
    ).toBe(false);

    // No one's language travels with the activity's events, and only the console sees actors.
    for (const socket of [...Object.values(s.phones), s.projector]) {
      const activityEvents = socket.received.filter((e) => e.activityId === s.activityId);
      expect(JSON.stringify(activityEvents.map((e) => e.event))).not.toContain('language');
      expect(activityEvents.every((e) => e.actor === null)).toBe(true);
    }
    expect(received[received.length - 1]!.actor).toMatchObject({ kind: 'facilitator' });
  });

  it('the server’s timer ends a round with the next one, as the system, exactly once', async () => {
    const s = await scene();
    await s.console.cmd(s.activityId, { type: 'startRound' });
    await s.phones.anna!.waitFor(roundStarted(1));
    // Almost four minutes later (by the server's clock): pausing keeps the half second left…
    clockOffset = 4 * 60_000 - 500;
    await s.console.cmd(s.activityId, { type: 'pauseRound' });
    const paused = await s.projector.waitFor((e) => e.event.type === 'roundPaused');
    expect((paused.event as { remainingMs?: number }).remainingMs).toBeLessThanOrEqual(500);
    // …and resuming arms the round's timer again, for that half second.
    await s.console.cmd(s.activityId, { type: 'resumeRound' });
    const next = await s.console.waitFor(roundStarted(2), 5000);
    expect(next.actor).toEqual({ kind: 'system' });
    await s.phones.bram!.waitFor(roundStarted(2));

    const log = await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0);
    expect(log.filter((e) => e.event.type === 'roundStarted')).toHaveLength(2);
    const room = await server.app.ctx.rooms.get(s.f.workshopId);
    const state = room.state.activities[s.activityId]!.state as IntroState;
    expect(state.rounds.map((r) => r.number)).toEqual([1, 2]);
    // Nobody meets the same person twice while that can be avoided.
    const first = new Set(state.rounds[0]!.conversations.map((c) => [...c.members].sort().join()));
    for (const c of state.rounds[1]!.conversations)
      expect(first.has([...c.members].sort().join())).toBe(false);
  });

  it('refuses a round while fewer than two people are connected, and phones never see participant commands accepted', async () => {
    const s = await scene(['anna']);
    const ack = await s.console.cmd(s.activityId, { type: 'startRound' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'WP_ERR_CONFLICT' } });
    const fromPhone = await s.phones.anna!.cmd(s.activityId, { type: 'startRound' });
    expect(fromPhone).toMatchObject({ ok: false, error: { code: 'WP_ERR_FORBIDDEN' } });
    const log = await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0);
    expect(
      log.filter((e) => e.activityId === s.activityId && e.event.type === 'roundStarted'),
    ).toEqual([]);
  });
});
