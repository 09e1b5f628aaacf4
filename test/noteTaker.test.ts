import { describe, expect, it } from 'vitest';
import { orderedBlocks } from '../src/domain/programme/state.ts';
import { createAccount } from '../src/server/services/accounts.ts';
import {
  cookieHeader,
  facilitatorWithWorkshop,
  http,
  join,
  socketsPerTest,
  startServer,
  type TestServer,
  type TestSocket,
} from './support/server.ts';

/**
 * The note-taker ("notulist") over real sockets and HTTP: Noor writes the minutes and the lead
 * sees them live; she cannot steer (start, run an activity, upload, invite, page the projector)
 * but reads the exports. Phones and the projector never get a note, except the one the lead
 * shares on the projector, and never who wrote it.
 */
let server: TestServer;
const { greeted } = socketsPerTest(() => server);

const SECRET = 'Alleen voor de begeleiders: de wethouder twijfelt';
const SHARED = 'Informeel blijft nodig, ook in multi-etnische teams';

async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  const noor = await createAccount(
    server.app.ctx,
    { name: 'Noor Notulist', email: 'noor@example.org', password: 'correct horse battery' },
    'facilitator',
  );
  const login = await http(server, 'POST', '/api/auth/login', {
    email: 'noor@example.org',
    password: 'correct horse battery',
  });
  const noorCookie = cookieHeader(login.setCookie);
  // What accepting an invitation does: the server adds her as a co-facilitator.
  await server.app.ctx.rooms.execute(
    f.workshopId,
    { kind: 'system' },
    { activityId: null, command: { type: 'addFacilitator', accountId: noor.id, name: noor.name } },
  );
  const role = await f.command({
    type: 'setFacilitatorRole',
    accountId: noor.id,
    role: 'notetaker',
  });
  expect(role.status).toBe(200);
  const anna = await join(server, f.code, 'Anna', 'formal', f.partnershipId);
  const room = await server.app.ctx.rooms.get(f.workshopId);
  const blockId = orderedBlocks(room.state.programme)[0]!.id;
  return {
    f,
    noor,
    noorCookie,
    blockId,
    room,
    lead: await greeted({ role: 'facilitator', workshopId: f.workshopId }, f.cookie),
    notes: await greeted({ role: 'facilitator', workshopId: f.workshopId }, noorCookie),
    phone: await greeted({ role: 'participant', workshopId: f.workshopId, token: anna.token }),
    projector: await greeted({ role: 'projector', code: f.code }),
  };
}

const notesOf = (socket: TestSocket) => socket.workshop()?.reportNotes ?? {};
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
/** Polls: ephemeral messages change no view, so `waitUntil` does not see them. */
async function until(check: () => boolean, timeoutMs = 3000) {
  for (const start = Date.now(); !check(); await settle())
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
}

describe('the note-taker', () => {
  it('adds a note and the lead sees it live; it never reaches a phone or the projector', async () => {
    const s = await scene();
    const ack = await s.notes.cmd(null, {
      type: 'addReportNote',
      blockId: s.blockId,
      kind: 'observation',
      text: SECRET,
      side: 'informal',
      partnershipId: s.f.partnershipId,
      group: 'Groep 2',
    });
    expect(ack).toMatchObject({ ok: true, createdId: expect.any(String) });
    const noteId = (ack as { createdId: string }).createdId;
    const seen = await s.lead.waitUntil(() => notesOf(s.lead)[noteId]);
    expect(seen).toMatchObject({ text: SECRET, authorAccountId: s.noor.id, shared: false });
    // Phones get their views on a 20 ms tick in tests: anything on its way has arrived by now.
    await settle();
    for (const socket of [s.phone, s.projector]) {
      expect(socket.wire.join('\n')).not.toContain(SECRET);
      expect(notesOf(socket)).toEqual({});
    }
  });

  it('cannot share a note; when the lead shares one, the projector shows it without its author', async () => {
    const s = await scene();
    const add = (text: string) =>
      s.notes.cmd(null, { type: 'addReportNote', blockId: s.blockId, kind: 'conclusion', text });
    await add(SECRET);
    const shared = ((await add(SHARED)) as { createdId: string }).createdId;
    const refused = await s.notes.cmd(null, {
      type: 'shareReportNote',
      noteId: shared,
      shared: true,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WP_ERR_FORBIDDEN' } });
    expect(
      await s.lead.cmd(null, { type: 'shareReportNote', noteId: shared, shared: true }),
    ).toMatchObject({ ok: true });
    const onScreen = await s.projector.waitUntil(() => notesOf(s.projector)[shared]);
    expect(onScreen).toMatchObject({ text: SHARED, authorAccountId: '' });
    expect(Object.keys(notesOf(s.projector))).toEqual([shared]);
    await settle();
    expect(s.projector.wire.join('\n')).not.toContain(s.noor.id);
    expect(s.projector.wire.join('\n')).not.toContain(SECRET);
    expect(s.phone.wire.join('\n')).not.toContain(SHARED);
  });

  it('may not steer: starting, activity commands and other workshop commands are refused and store nothing', async () => {
    const s = await scene();
    const before = s.room.seq;
    for (const command of [
      { type: 'startActivity', activityId: s.f.activityId },
      { type: 'startBlock', blockId: s.blockId },
      { type: 'lockWorkshop' },
      { type: 'setFacilitatorRole', accountId: s.noor.id, role: 'co' },
    ]) {
      expect(await s.notes.cmd(null, command), command.type).toMatchObject({
        ok: false,
        error: { code: 'WP_ERR_FORBIDDEN' },
      });
    }
    // Over HTTP too: the same command path.
    const http403 = await http(
      server,
      'POST',
      `/api/workshops/${s.f.workshopId}/commands`,
      {
        clientActionId: 'noor-start-0001',
        command: { type: 'startActivity', activityId: s.f.activityId },
      },
      s.noorCookie,
    );
    expect(http403.status).toBe(403);
    expect(s.room.seq).toBe(before);
    // An activity command, while the activity runs.
    expect(
      await s.lead.cmd(null, { type: 'startActivity', activityId: s.f.activityId }),
    ).toMatchObject({ ok: true });
    const running = s.room.seq;
    expect(await s.notes.cmd(s.f.activityId, { type: 'startPlenary' })).toMatchObject({
      ok: false,
      error: { code: 'WP_ERR_FORBIDDEN' },
    });
    expect(running).toBeGreaterThan(before);
    expect(s.room.seq).toBe(running);
  });

  it('may not upload documents or invite, but reads the exports', async () => {
    const s = await scene();
    const form = new FormData();
    const pdf = '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n';
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'agenda.pdf');
    const upload = await fetch(
      `${server.url}/api/workshops/${s.f.workshopId}/blocks/${s.blockId}/documents`,
      { method: 'POST', headers: { cookie: s.noorCookie, origin: server.url }, body: form },
    );
    expect(upload.status).toBe(403);
    expect(await upload.json()).toMatchObject({ error: { code: 'WP_ERR_FORBIDDEN' } });
    expect(s.room.state.programme.blocks[s.blockId]?.documents).toEqual([]);
    const invite = await http(
      server,
      'POST',
      `/api/workshops/${s.f.workshopId}/invites`,
      {},
      s.noorCookie,
    );
    expect(invite.status).toBe(403);
    const csv = await fetch(`${server.url}/api/workshops/${s.f.workshopId}/report.csv`, {
      headers: { cookie: s.noorCookie, origin: server.url },
    });
    expect(csv.status).toBe(200);
  });

  it("cannot page the projector; the lead's remote still reaches it", async () => {
    const s = await scene();
    const signals = () => s.projector.wire.filter((w) => w.startsWith('ephemeral:'));
    s.notes.emit('ephemeral', { topic: 'pager', command: 'next' });
    await settle();
    expect(signals()).toEqual([]);
    s.lead.emit('ephemeral', { topic: 'pager', command: 'previous' });
    await until(() => signals().length === 1);
    expect(signals()).toEqual(['ephemeral:{"topic":"pager","command":"previous"}']);
    // Made co-facilitator again, she may use the remote.
    await s.lead.cmd(null, { type: 'setFacilitatorRole', accountId: s.noor.id, role: 'co' });
    s.notes.emit('ephemeral', { topic: 'pager', command: 'next' });
    await until(() => signals().length === 2);
    expect(signals()[1]).toBe('ephemeral:{"topic":"pager","command":"next"}');
  });
});
