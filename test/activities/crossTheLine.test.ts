import { describe, expect, it } from 'vitest';
import type { CrossTheLineView } from '../../src/activities/crossTheLine/viewShapes.ts';
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

const open = sockets.greeted;

/** What a socket received of one activity's views and overlays, as one string. */
const activityWire = (socket: TestSocket, activityId: string) =>
  socket.wire
    .filter((m) => m.includes(`"view":"a/${activityId}/`) || m.includes(`"view":"o/${activityId}/`))
    .join('\n');

const NAMES = [
  ['Anna', 'formal'],
  ['Bram', 'formal'],
  ['Cees', 'formal'],
  ['Chadia', 'informal'],
  ['Dewi', 'informal'],
  ['Emre', 'informal'],
] as const;

/** Six participants on their phones, the console and the projector; "Over de streep" running. */
async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  const people = [];
  for (const [name, side] of NAMES)
    people.push(await join(server, f.code, name, side, f.partnershipId));
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  const phones = [];
  for (const p of people)
    phones.push(await open({ role: 'participant', workshopId: f.workshopId, token: p.token }));
  const projector = await open({ role: 'projector', code: f.code });
  expect((await f.command({ type: 'addActivity', kind: 'crossTheLine' })).body.ok).toBe(true);
  const room = await server.app.ctx.rooms.get(f.workshopId);
  const activityId = room.state.activityOrder.at(-1)!;
  expect((await console_.cmd(null, { type: 'startActivity', activityId })).ok).toBe(true);
  const ids = people.map((p) => p.participantId);
  const cmd = (socket: TestSocket, command: { type: string; [key: string]: unknown }) =>
    socket.cmd(activityId, command);
  const seen = (socket: TestSocket) => socket.activity<CrossTheLineView>(activityId);
  return { f, activityId, ids, console: console_, phones, projector, cmd, seen };
}

describe('"Over de streep" over real sockets', () => {
  it('never sends a submitter or a crossing to anyone else, in any phase, and guards small counts', async () => {
    const s = await scene();
    const [anna, bram, cees, chadia, dewi, emre] = s.phones;
    const [annaId, bramId, , chadiaId, dewiId] = s.ids;
    const everyone = [s.console, s.projector, ...s.phones];

    // Collecting: Anna submits; the ack names what she made, the console reads it without her.
    const submitted = await s.cmd(anna!, {
      type: 'submitPrejudice',
      about: 'informal',
      text: 'Informele werkers komen hun afspraken niet na',
    });
    expect(submitted).toMatchObject({ ok: true, createdId: expect.any(String) });
    const prejudiceId = (submitted as { createdId: string }).createdId;
    await s.console.waitUntil(() => s.seen(s.console)?.prejudices[prejudiceId]);
    expect(s.seen(s.console)?.prejudices[prejudiceId]?.authorId).toBeNull();
    // Bram's own later submission arriving means Anna's had its chance to arrive too.
    await s.cmd(bram!, { type: 'submitPrejudice', about: 'formal', text: 'Tweede' });
    await s.console.waitUntil(() => Object.keys(s.seen(s.console)?.prejudices ?? {}).length === 2);
    for (const socket of [s.projector, ...s.phones])
      expect(activityWire(socket, s.activityId)).not.toContain('afspraken');

    // Approved and shown: the room reads it, still without its author.
    await s.cmd(s.console, { type: 'approvePrejudice', prejudiceId });
    await s.cmd(s.console, { type: 'startPlay' });
    await s.cmd(s.console, { type: 'revealPrejudice', prejudiceId });
    for (const socket of everyone)
      await socket.waitUntil(() => s.seen(socket)?.prejudices[prejudiceId]?.stage === 'crossing');

    // Crossing: Anna and Bram tap. Only their own phones learn it; no count moves anywhere.
    for (const phone of [anna!, bram!])
      expect(await s.cmd(phone, { type: 'crossLine', prejudiceId, crossed: true })).toMatchObject({
        ok: true,
      });
    await anna!.waitUntil(() => s.seen(anna!)?.prejudices[prejudiceId]?.crossedByMe);
    await bram!.waitUntil(() => s.seen(bram!)?.prejudices[prejudiceId]?.crossedByMe);
    // Cees's own crossing and undoing it arrive on his phone after anything sent for the others.
    await s.cmd(cees!, { type: 'crossLine', prejudiceId, crossed: true });
    await s.cmd(cees!, { type: 'crossLine', prejudiceId, crossed: false });
    await cees!.waitUntil(() => s.seen(cees!)?.prejudices[prejudiceId]?.crossedByMe === false);
    for (const socket of everyone)
      expect(s.seen(socket)?.prejudices[prejudiceId]?.count).toBeNull();
    for (const socket of [chadia!, dewi!, emre!, s.projector, s.console])
      expect(activityWire(socket, s.activityId)).not.toContain('"crossedByMe":true');

    // Closed: 2 crossed of 6 → "fewer than 3" for everyone, the console too.
    await s.cmd(s.console, { type: 'closeCrossing', prejudiceId });
    for (const socket of everyone) {
      const count = await socket.waitUntil(() => s.seen(socket)?.prejudices[prejudiceId]?.count);
      expect(count).toEqual({ total: { fewerThan: 3 }, present: 6, share: null, bySide: null });
      expect(activityWire(socket, s.activityId)).not.toContain('"exact":2');
    }

    // Debunking: Chadia signs, Dewi does not. Only signed names travel.
    await s.cmd(chadia!, {
      type: 'addArgument',
      prejudiceId,
      text: 'We staan elke week klaar',
      named: true,
    });
    await s.cmd(dewi!, { type: 'addArgument', prejudiceId, text: 'Het ligt aan de vergoeding' });
    await s.cmd(s.console, { type: 'setOutcome', prejudiceId, outcome: 'debunked' });
    await s.cmd(s.console, { type: 'startBowling' });
    await s.cmd(s.console, { type: 'knockDown', prejudiceId });
    await s.cmd(s.console, { type: 'close' });
    for (const socket of everyone)
      await socket.waitUntil(
        () =>
          s.seen(socket)?.phase === 'closed' &&
          s.seen(socket)?.prejudices[prejudiceId]?.knockedDown,
      );

    // Over every phase: nobody's activity views or overlays named the submitter, a crosser or
    // the unsigned arguer — except each person's own overlay about themselves.
    const crossers = new Map([
      [anna!, annaId!],
      [bram!, bramId!],
    ]);
    for (const socket of everyone) {
      const wire = activityWire(socket, s.activityId);
      for (const id of [annaId!, bramId!, dewiId!]) {
        if (crossers.get(socket) === id || (socket === dewi && id === dewiId)) continue;
        expect(wire).not.toContain(id);
      }
    }
    // A phone holds no overlay but its own.
    for (const [i, phone] of s.phones.entries())
      for (const [j, id] of s.ids.entries())
        if (i !== j) expect(phone.wire.join('\n')).not.toContain(`"o/${s.activityId}/${id}"`);
    // The signed argument carries Chadia's name to the room.
    expect(activityWire(s.projector, s.activityId)).toContain(chadiaId);
  });

  it('counts exactly from 3 on, guards "all but 2", and refuses crossing once closed', async () => {
    const s = await scene();
    const first = await s.cmd(s.console, { type: 'addPrejudice', about: 'formal', text: 'Eerste' });
    const second = await s.cmd(s.console, {
      type: 'addPrejudice',
      about: 'informal',
      text: 'Tweede',
    });
    const a = (first as { createdId: string }).createdId;
    const b = (second as { createdId: string }).createdId;
    await s.cmd(s.console, { type: 'startPlay' });
    await s.cmd(s.console, { type: 'revealPrejudice', prejudiceId: a });
    for (const phone of s.phones.slice(0, 3))
      await s.cmd(phone, { type: 'crossLine', prejudiceId: a, crossed: true });
    await s.cmd(s.console, { type: 'setCountDisplay', prejudiceId: a, split: true, exact: false });
    // Revealing the next closes this one: 3 formal of 3 crossed, 0 of 3 informal.
    await s.cmd(s.console, { type: 'revealPrejudice', prejudiceId: b });
    const count = await s.projector.waitUntil(() => s.seen(s.projector)?.prejudices[a]?.count);
    expect(count).toEqual({
      total: { exact: 3 },
      present: 6,
      share: 50,
      bySide: { formal: { exact: 3 }, informal: { exact: 0 } },
    });
    const late = await s.cmd(s.phones[3]!, { type: 'crossLine', prejudiceId: a, crossed: true });
    expect(late).toMatchObject({ ok: false, error: { code: 'WP_ERR_WRONG_PHASE' } });
    for (const phone of s.phones.slice(0, 4))
      await s.cmd(phone, { type: 'crossLine', prejudiceId: b, crossed: true });
    await s.cmd(s.console, { type: 'closeCrossing', prejudiceId: b });
    const guarded = await s.console.waitUntil(() => s.seen(s.console)?.prejudices[b]?.count);
    expect(guarded.total).toEqual({ allButFewerThan: 3, of: 6 });
    expect(activityWire(s.console, s.activityId)).not.toContain('"exact":4');
  });
});
