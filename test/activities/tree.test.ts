import { describe, expect, it } from 'vitest';
import { registry } from '../../src/activities/registry.ts';
import type { TreeState } from '../../src/activities/tree/schema.ts';
import { createEngine } from '../../src/domain/engine.ts';
import type { Viewer } from '../../src/domain/actors.ts';
import type { WorkshopState } from '../../src/domain/workshop/state.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  type TestSocket,
  socketsPerTest,
} from '../support/server.ts';

const engine = createEngine(registry);
let server: TestServer;
const { open } = socketsPerTest(() => server);

/**
 * A phone as the client runs it: when the server says "resync" (the person's group changed),
 * it says hello again and gets a fresh snapshot for its new group.
 */
async function phoneOf(workshopId: string, token: string) {
  const socket = await open({ role: 'participant', workshopId, token });
  socket.on('resync', () => void socket.hello(socket.upTo));
  await socket.hello(null);
  return socket;
}

/** The latest snapshot a socket received (its first state, or the one after a resync). */
function lastSnapshot(socket: TestSocket): WorkshopState {
  const ack = socket.wire.filter((w) => w.startsWith('hello-ack:')).at(-1)!;
  return JSON.parse(ack.slice('hello-ack:'.length)).sync.state as WorkshopState;
}

/** Two municipalities, four people (both sides of each), a running tree activity. */
async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  await f.command({
    type: 'addPartnership',
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Vrouwennetwerk',
  });
  await f.command({ type: 'addActivity', kind: 'tree' });
  const room = await server.app.ctx.rooms.get(f.workshopId);
  const treeId = Object.values(room.state.activities).find((a) => a.kind === 'tree')!.id;
  const zaanstad = Object.values(room.state.partnerships).find(
    (p) => p.municipality === 'Zaanstad',
  )!.id;
  const people = {
    anna: await join(server, f.code, 'Anna', 'formal', f.partnershipId),
    bram: await join(server, f.code, 'Bram', 'informal', f.partnershipId),
    carla: await join(server, f.code, 'Carla', 'formal', zaanstad),
    dirk: await join(server, f.code, 'Dirk', 'informal', zaanstad),
  };
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  await console_.hello(null);
  expect((await console_.cmd(null, { type: 'startActivity', activityId: treeId })).ok).toBe(true);
  const phones = {
    anna: await phoneOf(f.workshopId, people.anna.token),
    bram: await phoneOf(f.workshopId, people.bram.token),
    carla: await phoneOf(f.workshopId, people.carla.token),
    dirk: await phoneOf(f.workshopId, people.dirk.token),
  };
  const projector = await open({ role: 'projector', code: f.code });
  await projector.hello(null);
  const treeState = async () =>
    (await server.app.ctx.rooms.get(f.workshopId)).state.activities[treeId]!.state as TreeState;
  const settle = async () => {
    const seq = (await server.app.ctx.rooms.get(f.workshopId)).seq;
    // Polled, not awaited on events: a phone that resyncs catches up through its hello.
    for (const s of [...Object.values(phones), projector, console_])
      await expect.poll(() => s.upTo, { timeout: 5000 }).toBeGreaterThanOrEqual(seq);
  };
  return { f, treeId, people, phones, projector, console: console_, treeState, settle };
}

describe('"Boom van de samenwerking" over real sockets', () => {
  it('forms mixed groups, keeps each tree inside its group until shared, then shows every tree', async () => {
    const s = await scene();
    const form = await s.console.cmd(s.treeId, { type: 'formGroups', groupSize: 3 });
    expect(form.ok).toBe(true);
    const groups = Object.values((await s.treeState()).groups).sort((a, b) => a.number - b.number);
    expect(groups.map((g) => g.members.length)).toEqual([2, 2]);
    const ids = Object.fromEntries(
      Object.entries(s.people).map(([name, p]) => [p.participantId, name]),
    );
    const [groupA, groupB] = groups.map((g) =>
      g.members.map((id) => ids[id] as keyof typeof s.phones),
    );
    expect((await s.console.cmd(s.treeId, { type: 'startBuilding' })).ok).toBe(true);
    await s.settle();

    const writerA = groupA![0]!;
    const writerB = groupB![0]!;
    const ackA = await s.phones[writerA].cmd(s.treeId, {
      type: 'addItem',
      zone: 'roots',
      text: 'Geheime wortel van A',
    });
    const ackB = await s.phones[writerB].cmd(s.treeId, {
      type: 'addItem',
      zone: 'fruits',
      text: 'Geheime vrucht van B',
    });
    expect(ackA.ok && ackB.ok).toBe(true);
    await s.settle();

    const wire = (socket: TestSocket) => socket.wire.join('\n');
    for (const name of groupA!) {
      expect(wire(s.phones[name])).toContain('Geheime wortel van A');
      expect(wire(s.phones[name])).not.toContain('Geheime vrucht van B');
    }
    for (const name of groupB!) {
      expect(wire(s.phones[name])).toContain('Geheime vrucht van B');
      expect(wire(s.phones[name])).not.toContain('Geheime wortel van A');
    }
    expect(wire(s.projector)).not.toContain('Geheime');
    expect(wire(s.console)).toContain('Geheime wortel van A');
    expect(wire(s.console)).toContain('Geheime vrucht van B');
    // The projector still learns the counts: a placeholder in the right group and zone.
    const placeholder = s.projector.received.find((e) => e.event.type === 'itemAdded')?.event;
    expect(placeholder).toMatchObject({
      zone: 'roots',
      text: '',
      placeholder: true,
      authorId: null,
    });
    // Who wrote it reaches only the author and the facilitators.
    const authorA = s.people[writerA].participantId;
    expect(wire(s.phones[groupA![1]!])).not.toContain(`"authorId":"${authorA}"`);
    expect(wire(s.console)).toContain(`"authorId":"${authorA}"`);

    const share = await s.console.cmd(s.treeId, { type: 'shareTrees' });
    expect(share.ok).toBe(true);
    await s.settle();
    for (const socket of [...Object.values(s.phones), s.projector]) {
      expect(wire(socket)).toContain('Geheime wortel van A');
      expect(wire(socket)).toContain('Geheime vrucht van B');
    }
    expect((await s.console.cmd(s.treeId, { type: 'showTree', groupId: groups[1]!.id })).ok).toBe(
      true,
    );
    const shown = await s.projector.waitFor((e) => e.event.type === 'treeShown');
    expect(shown.event).toEqual({ type: 'treeShown', groupId: groups[1]!.id });
  });

  it('someone moved to another group gets a fresh snapshot: the new group’s tree, not the old one', async () => {
    const s = await scene();
    await s.console.cmd(s.treeId, { type: 'formGroups', groupSize: 3 });
    await s.console.cmd(s.treeId, { type: 'startBuilding' });
    await s.settle();
    const groups = Object.values((await s.treeState()).groups);
    const home = groups.find((g) => g.members.includes(s.people.anna.participantId))!;
    const away = groups.find((g) => g.id !== home.id)!;
    const mate = Object.entries(s.people).find(
      ([, p]) => p.participantId === home.members.find((m) => m !== s.people.anna.participantId),
    )![0] as keyof typeof s.phones;
    const stranger = Object.entries(s.people).find(
      ([, p]) => p.participantId === away.members[0],
    )![0] as keyof typeof s.phones;
    await s.phones[mate].cmd(s.treeId, {
      type: 'addItem',
      zone: 'roots',
      text: 'Alleen voor thuis',
    });
    await s.phones[stranger].cmd(s.treeId, {
      type: 'addItem',
      zone: 'wateringCan',
      text: 'Alleen voor de overkant',
    });
    await s.settle();
    expect(s.phones.anna.wire.join('\n')).not.toContain('Alleen voor de overkant');

    const hellos = s.phones.anna.wire.filter((w) => w.startsWith('hello-ack:')).length;
    const move = await s.console.cmd(s.treeId, {
      type: 'moveMember',
      participantId: s.people.anna.participantId,
      groupId: away.id,
    });
    expect(move.ok).toBe(true);
    await expect
      .poll(() => s.phones.anna.wire.filter((w) => w.startsWith('hello-ack:')).length, {
        timeout: 5000,
      })
      .toBe(hellos + 1);
    const snapshot = JSON.stringify(lastSnapshot(s.phones.anna));
    expect(snapshot).toContain('Alleen voor de overkant');
    expect(snapshot).not.toContain('Alleen voor thuis');
    // …and it is exactly what the server would send Anna now.
    const room = await server.app.ctx.rooms.get(s.f.workshopId);
    const viewer: Viewer = {
      kind: 'participant',
      participantId: s.people.anna.participantId,
      side: 'formal',
      partnershipId: s.f.partnershipId,
    };
    const expected = engine.redactState(room.state, viewer).activities[s.treeId]?.state;
    expect(lastSnapshot(s.phones.anna).activities[s.treeId]?.state).toEqual(expected);
    // The others were not resynced with content they may not see.
    expect(s.projector.wire.join('\n')).not.toContain('Alleen voor');
  });
});
