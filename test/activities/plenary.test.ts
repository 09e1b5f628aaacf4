import { describe, expect, it } from 'vitest';
import type { PlenaryView } from '../../src/activities/plenary/view.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  type TestSocket,
  socketsPerTest,
  activityWireOf,
} from '../support/server.ts';

let server: TestServer;
const sockets = socketsPerTest(() => server);

const open = sockets.greeted;

const createdId = (ack: unknown) => (ack as { createdId?: string }).createdId ?? '';

/** Anna and Bram on their phones, the console and the projector; a plenary question runs. */
async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  const config = { prompt: 'Hoe wordt de samenwerking structureel?', anonymous: true };
  expect((await f.command({ type: 'addActivity', kind: 'plenary', config })).body.ok).toBe(true);
  const room = () => server.app.ctx.rooms.get(f.workshopId);
  const activityId = (await room()).state.activityOrder.at(-1)!;
  const anna = await join(server, f.code, 'Anna', 'formal', f.partnershipId);
  const bram = await join(server, f.code, 'Bram', 'informal', f.partnershipId);
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  const phone = (p: { token: string }) =>
    open({ role: 'participant', workshopId: f.workshopId, token: p.token });
  const annaPhone = await phone(anna);
  const bramPhone = await phone(bram);
  const projector = await open({ role: 'projector', code: f.code });
  expect((await console_.cmd(null, { type: 'startActivity', activityId })).ok).toBe(true);
  const seen = (socket: TestSocket) => socket.activity<PlenaryView>(activityId);
  return { f, activityId, anna, bram, console: console_, annaPhone, bramPhone, projector, seen };
}

describe('"Plenaire vraag" over real sockets', () => {
  it('brings notes and clusters to every screen as they change; anonymous authors stay hidden', async () => {
    const s = await scene();
    const note = createdId(
      await s.annaPhone.cmd(s.activityId, { type: 'addNote', text: 'Relaties overdragen' }),
    );
    expect(note).toBeTruthy();
    await s.projector.waitUntil(() => s.seen(s.projector)?.notes[note]);
    const cluster = createdId(
      await s.console.cmd(s.activityId, { type: 'addCluster', name: 'Overdracht' }),
    );
    expect(cluster).toBeTruthy();
    expect(
      (await s.console.cmd(s.activityId, { type: 'moveNote', noteId: note, clusterId: cluster }))
        .ok,
    ).toBe(true);
    for (const socket of [s.bramPhone, s.projector, s.annaPhone])
      await socket.waitUntil(() => s.seen(socket)?.notes[note]?.clusterId === cluster);
    expect(s.seen(s.projector)?.clusters[cluster]?.name).toBe('Overdracht');
    await s.annaPhone.waitUntil(
      () => s.seen(s.annaPhone)?.notes[note]?.authorId === s.anna.participantId,
    );
    expect(s.seen(s.bramPhone)?.notes[note]?.authorId).toBeNull();
    for (const socket of [s.bramPhone, s.projector])
      expect(activityWireOf(socket, s.activityId)).not.toContain(s.anna.participantId);
    expect(s.seen(s.console)?.notes[note]?.authorId).toBe(s.anna.participantId);

    // Removing the cluster sends the note back, everywhere.
    expect(
      (await s.console.cmd(s.activityId, { type: 'removeCluster', clusterId: cluster })).ok,
    ).toBe(true);
    await s.projector.waitUntil(
      () =>
        s.seen(s.projector)?.notes[note]?.clusterId === null &&
        !s.seen(s.projector)?.clusters[cluster],
    );
  });

  it('refuses what a phone may not do, with its code, and notes after closing', async () => {
    const s = await scene();
    const note = createdId(await s.annaPhone.cmd(s.activityId, { type: 'addNote', text: 'x' }));
    const refused = (ack: unknown, code: string) =>
      expect(ack).toMatchObject({ ok: false, error: { code } });
    refused(
      await s.bramPhone.cmd(s.activityId, { type: 'addCluster', name: 'A' }),
      'WP_ERR_FORBIDDEN',
    );
    refused(
      await s.bramPhone.cmd(s.activityId, { type: 'moveNote', noteId: note, clusterId: null }),
      'WP_ERR_FORBIDDEN',
    );
    refused(
      await s.bramPhone.cmd(s.activityId, { type: 'deleteNote', noteId: note }),
      'WP_ERR_NOT_YOUR_NOTE',
    );
    await s.console.cmd(s.activityId, { type: 'addCluster', name: 'A' });
    refused(
      await s.console.cmd(s.activityId, { type: 'addCluster', name: 'a' }),
      'WP_ERR_ALREADY_EXISTS',
    );
    expect((await s.console.cmd(s.activityId, { type: 'close' })).ok).toBe(true);
    await s.annaPhone.waitUntil(() => s.seen(s.annaPhone)?.phase === 'closed');
    refused(
      await s.annaPhone.cmd(s.activityId, { type: 'addNote', text: 'laat' }),
      'WP_ERR_WRONG_PHASE',
    );
  });
});
