import fs from 'node:fs';
import { request as rawRequest } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommandAck } from '../src/domain/protocol.ts';
import { ENV_VARIABLES, loadConfig } from '../src/server/config.ts';
import {
  cookieHeader,
  facilitatorWithWorkshop,
  http,
  join,
  socketsPerTest,
  startServer,
  type TestServer,
} from './support/server.ts';

/**
 * The HTTP half of docs/protocol.md, checked against a real server: the command route's
 * envelope, "am I still in?", invitations, `createdId` in acknowledgements, and that every
 * refusal (Fastify's own included) comes as `{ ok: false, error: { code, message, params } }`.
 */
let server: TestServer | undefined;
// Closes each test's sockets and server after it.
const { open } = socketsPerTest(() => server);

async function started(): Promise<TestServer> {
  server = await startServer();
  return server;
}

type ErrorBody = { ok?: false; error?: { code?: string; message?: string } };

/** A coded error body: a WP_ERR_ code and a message for people. */
function expectCoded(body: unknown, code: string) {
  const error = (body as ErrorBody).error;
  expect(error?.code, JSON.stringify(body)).toBe(code);
  expect(error?.message).toEqual(expect.any(String));
  expect(error?.message).not.toBe('');
}

/** A request as it comes, without the JSON helper: for bodies and URLs the helper cannot send. */
async function send(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: text ? (JSON.parse(text) as unknown) : {},
  };
}

describe('POST /api/workshops/:id/commands', () => {
  it('takes a workshop-level command without activityId (it means null)', async () => {
    const s = await started();
    const f = await facilitatorWithWorkshop(s);
    const res = await http<CommandAck>(
      s,
      'POST',
      `/api/workshops/${f.workshopId}/commands`,
      { clientActionId: 'no-activity-id-0001', command: { type: 'lockWorkshop' } },
      f.cookie,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, duplicate: false });
    expect((await s.app.ctx.rooms.get(f.workshopId)).state.locked).toBe(true);
  });

  it('refuses a bad envelope with a coded error', async () => {
    const s = await started();
    const f = await facilitatorWithWorkshop(s);
    const res = await http(
      s,
      'POST',
      `/api/workshops/${f.workshopId}/commands`,
      { clientActionId: 'short', command: { type: 'lockWorkshop' } },
      f.cookie,
    );
    expect(res.status).toBe(400);
    expectCoded(res.body, 'WP_ERR_VALIDATION');
  });
});

describe('createdId: an acknowledgement names what the command made', () => {
  it('over HTTP: a partnership, an activity, a day, a plain and a live block', async () => {
    const s = await started();
    const f = await facilitatorWithWorkshop(s);
    const made = async (command: Record<string, unknown>) => {
      const res = await f.command(command);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const ack = res.body;
      if (!ack.ok) throw new Error(ack.error.code);
      expect(ack.createdId, command.type as string).toEqual(expect.any(String));
      return ack.createdId ?? '';
    };

    const partnershipId = await made({
      type: 'addPartnership',
      municipality: 'Amersfoort',
      formalOrganisation: '',
      informalOrganisation: '',
    });
    const activityId = await made({ type: 'addActivity', kind: 'strength' });
    const dayId = await made({ type: 'addDay', title: 'Dag 2', date: null });
    const block = { dayId, title: 'Pauze', startTime: null, durationMin: 15 };
    const plainBlockId = await made({ type: 'addBlock', ...block, kind: null });
    // A live block brings its activity along; the block is what was asked for.
    const liveBlockId = await made({ type: 'addBlock', ...block, kind: 'strength' });

    const { state } = await s.app.ctx.rooms.get(f.workshopId);
    expect(Object.hasOwn(state.partnerships, partnershipId)).toBe(true);
    expect(Object.hasOwn(state.activities, activityId)).toBe(true);
    expect(state.programme.days.some((d) => d.id === dayId)).toBe(true);
    expect(Object.hasOwn(state.programme.blocks, plainBlockId)).toBe(true);
    expect(state.programme.blocks[liveBlockId]?.activityId).toEqual(expect.any(String));
  });

  it('is absent when nothing was made, and repeated for a retried command', async () => {
    const s = await started();
    const f = await facilitatorWithWorkshop(s);
    const lock = await f.command({ type: 'lockWorkshop' });
    expect(lock.body).toMatchObject({ ok: true });
    expect(lock.body).not.toHaveProperty('createdId');

    const body = {
      clientActionId: 'add-day-retried-0001',
      command: { type: 'addDay', title: 'Dag 3', date: null },
    };
    const url = `/api/workshops/${f.workshopId}/commands`;
    const first = await http<CommandAck>(s, 'POST', url, body, f.cookie);
    const again = await http<CommandAck>(s, 'POST', url, body, f.cookie);
    expect(first.body).toMatchObject({ ok: true, duplicate: false, createdId: expect.any(String) });
    expect(again.body).toMatchObject({ ok: true, duplicate: true });
    expect(again.body.ok && again.body.createdId).toBe(first.body.ok && first.body.createdId);
  });

  it('over the socket: the facilitator adds a day, a participant adds a note', async () => {
    const s = await started();
    const f = await facilitatorWithWorkshop(s);
    const desk = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
    const day = await desk.cmd(null, { type: 'addDay', title: 'Dag 2', date: null });
    expect(day).toMatchObject({ ok: true, createdId: expect.any(String) });
    const { state } = await s.app.ctx.rooms.get(f.workshopId);
    expect(state.programme.days.some((d) => day.ok && d.id === day.createdId)).toBe(true);

    await f.command({ type: 'startActivity', activityId: f.activityId });
    const anna = await join(s, f.code, 'Anna', 'formal', f.partnershipId);
    const phone = await open({ role: 'participant', workshopId: f.workshopId, token: anna.token });
    const note = await phone.cmd(f.activityId, { type: 'addNote', text: 'Zij kennen de buurt' });
    expect(note).toMatchObject({ ok: true, createdId: expect.any(String) });
    const log = await s.app.ctx.stores.events.readAfter(f.workshopId, 0);
    const added = log.find((e) => e.event.type === 'noteAdded');
    expect(added?.event).toMatchObject({ noteId: note.ok ? note.createdId : '' });
  });
});

describe('GET /api/join/:code/me', () => {
  it('answers the participant for their own token', async () => {
    const s = await started();
    const f = await facilitatorWithWorkshop(s);
    const anna = await join(s, f.code, 'Anna', 'formal');
    const res = await send(`${s.url}/api/join/${f.code}/me`, {
      headers: { authorization: `Bearer ${anna.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ participant: { id: anna.participantId } });
  });

  it("answers 200 with participant null for another workshop's token, or none", async () => {
    const s = await started();
    const first = await facilitatorWithWorkshop(s);
    const second = await facilitatorWithWorkshop(s, 'ingrid@example.org');
    const anna = await join(s, first.code, 'Anna', 'formal');
    const withToken: Record<string, string> = { authorization: `Bearer ${anna.token}` };
    for (const headers of [withToken, {}]) {
      const res = await send(`${s.url}/api/join/${second.code}/me`, { headers });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ participant: null });
    }
  });
});

describe('invitations', () => {
  it('a new co-facilitator accepts with a fresh account; the link works once', async () => {
    const s = await started();
    const f = await facilitatorWithWorkshop(s);
    const invite = await http<{ url: string }>(
      s,
      'POST',
      `/api/workshops/${f.workshopId}/invites`,
      {},
      f.cookie,
    );
    expect(invite.status).toBe(200);
    const token = invite.body.url.split('/invite/')[1] ?? '';

    const peek = await http(s, 'GET', `/api/invites/${token}`);
    expect(peek.body).toEqual({ workshopTitle: 'Werkplaats test', invitedBy: 'Hans' });

    const account = {
      token,
      name: 'Ingrid',
      email: 'ingrid@example.org',
      password: 'lang genoeg wachtwoord',
    };
    const accepted = await http<{ account: { id: string; name: string }; workshopId: string }>(
      s,
      'POST',
      '/api/invites/accept',
      account,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ account: { name: 'Ingrid' }, workshopId: f.workshopId });
    const { state } = await s.app.ctx.rooms.get(f.workshopId);
    expect(Object.hasOwn(state.facilitators, accepted.body.account.id)).toBe(true);
    // Signed in on the spot: the session cookie opens the workshop's routes.
    const workshops = await http<{ workshops: { id: string }[] }>(
      s,
      'GET',
      '/api/workshops',
      undefined,
      cookieHeader(accepted.setCookie),
    );
    expect(workshops.body.workshops.map((w) => w.id)).toContain(f.workshopId);

    const twice = await http(s, 'POST', '/api/invites/accept', {
      ...account,
      email: 'x@example.org',
    });
    expect(twice.status).toBe(404);
    expectCoded(twice.body, 'WP_ERR_TOKEN_INVALID');
  });

  it('a signed-in account accepts with the token alone', async () => {
    const s = await started();
    const f = await facilitatorWithWorkshop(s);
    const other = await facilitatorWithWorkshop(s, 'ingrid@example.org');
    const invite = await http<{ url: string }>(
      s,
      'POST',
      `/api/workshops/${f.workshopId}/invites`,
      {},
      f.cookie,
    );
    const token = invite.body.url.split('/invite/')[1] ?? '';
    const accepted = await http(s, 'POST', '/api/invites/accept', { token }, other.cookie);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ workshopId: f.workshopId });
  });

  it('a dead link creates no account', async () => {
    const s = await started();
    const res = await http(s, 'POST', '/api/invites/accept', {
      token: 'x'.repeat(43),
      name: 'Niemand',
      email: 'niemand@example.org',
      password: 'lang genoeg wachtwoord',
    });
    expect(res.status).toBe(404);
    expectCoded(res.body, 'WP_ERR_TOKEN_INVALID');
    expect(await s.app.ctx.stores.accounts.findAccountByEmail('niemand@example.org')).toBeFalsy();
  });
});

describe('every HTTP error is coded, Fastify’s own too', () => {
  it('404 for an unknown API route and an unknown QR code', async () => {
    const s = await started();
    for (const url of ['/api/nothing-here', '/api/qr/AAAAAA.svg']) {
      const res = await send(s.url + url);
      expect(res.status, url).toBe(404);
      expect(res.type).toContain('application/json');
    }
    expectCoded((await send(`${s.url}/api/nothing-here`)).body, 'WP_ERR_NOT_FOUND');
    expectCoded((await send(`${s.url}/api/qr/AAAAAA.svg`)).body, 'WP_ERR_JOIN_CODE_UNKNOWN');
  });

  it('413 for a body over 64 KB', async () => {
    const s = await started();
    const res = await send(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(70 * 1024) }),
    });
    expect(res.status).toBe(413);
    expectCoded(res.body, 'WP_ERR_TOO_LARGE');
  });

  it('400 for a body that is not JSON, and for a URL that is not valid', async () => {
    const s = await started();
    const badJson = await send(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(badJson.status).toBe(400);
    expectCoded(badJson.body, 'WP_ERR_VALIDATION');
    const notJson = await send(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hallo',
    });
    expect(notJson.status).toBe(400);
    expectCoded(notJson.body, 'WP_ERR_VALIDATION');
    const badUrl = await send(`${s.url}/api/join/%E0`);
    expect(badUrl.status).toBe(400);
    expectCoded(badUrl.body, 'WP_ERR_VALIDATION');
  });

  it('414 for a path segment longer than Fastify allows', async () => {
    const s = await started();
    const res = await send(`${s.url}/api/join/${'A'.repeat(200)}`);
    expect(res.status).toBe(414);
    expectCoded(res.body, 'WP_ERR_URI_TOO_LONG');
  });

  it('431 for a request whose URL and headers Node cannot take', async () => {
    const s = await started();
    const { port } = new URL(s.url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = rawRequest(
        { host: '127.0.0.1', port, path: `/api/join/${'A'.repeat(20_000)}` },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(431);
    expectCoded(JSON.parse(answer.body), 'WP_ERR_HEADERS_TOO_LARGE');
  });
});

describe('README and config.ts agree', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split('## Configuration')[1]?.split('\n## ')[0] ?? '';
  const rows = [...section.matchAll(/^\| `([A-Z_]+)`\s*\|\s*([^|]*?)\s*\|/gm)].map((m) => ({
    name: m[1] ?? '',
    documented: m[2] ?? '',
  }));

  it('the README lists every environment variable the server reads, and no other', () => {
    expect(rows.map((r) => r.name).sort()).toEqual([...ENV_VARIABLES].sort());
  });

  it('a variable set to its documented default changes nothing', () => {
    const defaults = loadConfig({});
    for (const { name, documented } of rows) {
      const literal = /^`([^`]*)`$/.exec(documented)?.[1];
      if (literal === undefined) continue; // "—" (unset) or a rule in words
      expect(loadConfig({ [name]: literal }), name).toEqual(defaults);
    }
  });
});
