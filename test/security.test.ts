import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../src/server/demo/bootstrap.ts';
import {
  cookieHeader,
  facilitatorWithWorkshop,
  http,
  join,
  startServer,
  type TestServer,
  socketsPerTest,
} from './support/server.ts';

let server: TestServer;
const { open } = socketsPerTest(() => server);

/** Connects and returns the handshake refusal (or 'connected'). */
function refusal(
  auth: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<string> {
  return new Promise((resolve) => {
    const socket = io(server.url, {
      auth,
      transports: ['websocket'],
      extraHeaders: { origin: server.url, ...headers },
      reconnection: false,
      forceNew: true,
    });
    socket.on('connect', () => {
      socket.disconnect();
      resolve('connected');
    });
    socket.on('connect_error', (error) => {
      socket.disconnect();
      resolve(
        ((error as Error & { data?: { code: string } }).data?.code ?? error.message) || 'refused',
      );
    });
  });
}

describe('who may connect', () => {
  it('refuses a socket from a foreign origin, even with a valid token', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const anna = await join(server, f.code, 'Anna', 'formal');
    expect(
      await refusal(
        { role: 'participant', workshopId: f.workshopId, token: anna.token },
        { origin: 'https://evil.example' },
      ),
    ).toBe('WP_ERR_BAD_ORIGIN');
    expect(
      await refusal({ role: 'participant', workshopId: f.workshopId, token: anna.token }),
    ).toBe('connected');
  });

  it("refuses a participant token for another workshop, and a facilitator who is not the workshop's", async () => {
    server = await startServer();
    const a = await facilitatorWithWorkshop(server, 'a@example.org');
    const b = await facilitatorWithWorkshop(server, 'b@example.org');
    const anna = await join(server, a.code, 'Anna', 'formal');
    expect(
      await refusal({ role: 'participant', workshopId: b.workshopId, token: anna.token }),
    ).toBe('WP_ERR_UNAUTHENTICATED');
    expect(
      await refusal({ role: 'participant', workshopId: a.workshopId, token: 'x'.repeat(43) }),
    ).toBe('WP_ERR_UNAUTHENTICATED');
    expect(
      await refusal({ role: 'facilitator', workshopId: b.workshopId }, { cookie: a.cookie }),
    ).toBe('WP_ERR_FORBIDDEN');
    expect(await refusal({ role: 'facilitator', workshopId: a.workshopId })).toBe(
      'WP_ERR_UNAUTHENTICATED',
    );
  });

  it('the projector only watches: it cannot send commands', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const projector = await open({ role: 'projector', code: f.code });
    await projector.hello();
    const ack = await projector.cmd(null, { type: 'lockWorkshop' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'WP_ERR_FORBIDDEN' } });
  });
});

describe('a participant can act only as themself', () => {
  it('ignores a claimed author and refuses facilitator commands', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    await f.command({ type: 'startActivity', activityId: f.activityId });
    const anna = await join(server, f.code, 'Anna', 'formal');
    const bram = await join(server, f.code, 'Bram', 'formal');
    const phone = await open({ role: 'participant', workshopId: f.workshopId, token: anna.token });
    await phone.hello();
    const ack = await phone.cmd(f.activityId, {
      type: 'addNote',
      text: 'van Anna',
      authorId: bram.participantId,
    });
    expect(ack.ok).toBe(true);
    const log = await server.app.ctx.stores.events.readAfter(f.workshopId, 0);
    expect(log.at(-1)?.event).toMatchObject({ type: 'noteAdded', authorId: anna.participantId });
    expect(log.at(-1)?.actor).toEqual({ kind: 'participant', participantId: anna.participantId });

    for (const type of ['lockWorkshop', 'removeParticipant', 'joinWorkshop']) {
      expect(await phone.cmd(null, { type, participantId: bram.participantId })).toMatchObject({
        ok: false,
        error: { code: 'WP_ERR_FORBIDDEN' },
      });
    }
    expect(await phone.cmd(f.activityId, { type: 'startPlenary' })).toMatchObject({
      ok: false,
      error: { code: 'WP_ERR_FORBIDDEN' },
    });
    expect(await server.app.ctx.stores.events.head(f.workshopId)).toBe(log.at(-1)?.seq);
  });

  it('answers in the participant language with a coded error, and stores nothing', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    await f.command({ type: 'startActivity', activityId: f.activityId });
    const res = await http<{ token: string }>(server, 'POST', '/api/join', {
      code: f.code,
      displayName: 'Sam',
      partnershipId: null,
      side: 'informal',
      language: 'en',
    });
    const phone = await open({
      role: 'participant',
      workshopId: f.workshopId,
      token: res.body.token,
    });
    await phone.hello();
    const head = await server.app.ctx.stores.events.head(f.workshopId);
    const ack = await phone.cmd(f.activityId, { type: 'addNote', text: '' });
    expect(ack).toMatchObject({
      ok: false,
      error: {
        code: 'WP_ERR_VALIDATION',
        params: { field: 'text', reason: 'empty' },
        message: 'The text is still empty. Write something in it.',
      },
    });
    expect(await server.app.ctx.stores.events.head(f.workshopId)).toBe(head);
  });

  it('a removed participant is disconnected, refused on reconnect, and their token is revoked', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const anna = await join(server, f.code, 'Anna', 'formal');
    const phone = await open({ role: 'participant', workshopId: f.workshopId, token: anna.token });
    await phone.hello();
    const removed = new Promise((resolve) => phone.once('removed', resolve));
    await f.command({ type: 'removeParticipant', participantId: anna.participantId });
    expect(await removed).toMatchObject({ error: { code: 'WP_ERR_PARTICIPANT_REMOVED' } });
    expect(
      await refusal({ role: 'participant', workshopId: f.workshopId, token: anna.token }),
    ).toBe('WP_ERR_PARTICIPANT_REMOVED');
  });
});

describe('joining', () => {
  it('a locked workshop refuses new participants with a coded error in the browser language', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    await f.command({ type: 'lockWorkshop' });
    const body = {
      code: f.code,
      displayName: 'Laat',
      partnershipId: null,
      side: 'formal',
      language: 'nl',
    };
    const dutch = await http<{ error: { code: string; message: string } }>(
      server,
      'POST',
      '/api/join',
      body,
    );
    expect(dutch.status).toBe(423);
    expect(dutch.body.error).toMatchObject({
      code: 'WP_ERR_WORKSHOP_LOCKED',
      message: expect.stringContaining('De deur is dicht'),
    });
    const english = await fetch(`${server.url}/api/join`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en-GB,en;q=0.9',
        origin: server.url,
      },
      body: JSON.stringify(body),
    });
    expect(((await english.json()) as { error: { message: string } }).error.message).toContain(
      'closed to new participants',
    );
  });

  it('rejoining with the same token returns the same participant, never a duplicate', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const first = await http<{ token: string; participantId: string }>(
      server,
      'POST',
      '/api/join',
      { code: f.code, displayName: 'Anna', partnershipId: null, side: 'formal', language: 'nl' },
    );
    const again = await http<{ participantId: string; rejoined: boolean }>(
      server,
      'POST',
      '/api/join',
      {
        code: f.code.toLowerCase(),
        displayName: 'Anna',
        partnershipId: null,
        side: 'formal',
        language: 'nl',
      },
      cookieHeader(first.setCookie),
    );
    expect(again.body).toMatchObject({ participantId: first.body.participantId, rejoined: true });
    const room = await server.app.ctx.rooms.get(f.workshopId);
    expect(Object.keys(room.state.participants)).toHaveLength(1);
  });

  it('rate-limits joins per address', async () => {
    server = await startServer({ env: { WERKPLAATS_JOIN_RATE_PER_MINUTE: '3' } });
    const f = await facilitatorWithWorkshop(server);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await http<{ error?: { code: string } }>(server, 'POST', '/api/join', {
        code: f.code,
        displayName: `P${i}`,
        partnershipId: null,
        side: 'formal',
        language: 'nl',
      });
      statuses.push(res.status);
      if (i === 3) expect(res.body.error?.code).toBe('WP_ERR_RATE_LIMITED');
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('an unknown code gets a coded error', async () => {
    server = await startServer();
    const res = await http<{ error: { code: string } }>(server, 'GET', '/api/join/ZZZZZZ');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('WP_ERR_JOIN_CODE_UNKNOWN');
  });
});

describe('HTTP guards', () => {
  it('refuses cross-site writes and oversized bodies with coded errors', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const foreign = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://evil.example',
        cookie: f.cookie,
      },
      body: JSON.stringify({ title: 'x' }),
    });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe(
      'WP_ERR_BAD_ORIGIN',
    );
    const big = await http<{ error: { code: string } }>(
      server,
      'POST',
      '/api/workshops',
      { title: 'x'.repeat(70_000) },
      f.cookie,
    );
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('WP_ERR_TOO_LARGE');
  });

  it('a wrong password and an unknown email get the same coded answer', async () => {
    server = await startServer();
    await facilitatorWithWorkshop(server);
    const wrong = await http<{ error: { code: string } }>(server, 'POST', '/api/auth/login', {
      email: 'hans@example.org',
      password: 'nope nope nope',
    });
    const unknown = await http<{ error: { code: string } }>(server, 'POST', '/api/auth/login', {
      email: 'nobody@example.org',
      password: 'nope nope nope',
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.code).toBe('WP_ERR_LOGIN_FAILED');
    expect(unknown.body.error.code).toBe('WP_ERR_LOGIN_FAILED');
  });

  it('outside demo mode, the first start offers a one-time setup link and no known login', async () => {
    server = await startServer();
    const info = await bootstrap(server.app.ctx);
    expect(info.mode).toBe('setup');
    if (info.mode !== 'setup') return;
    expect(
      await server.app.ctx.stores.accounts.findAccountByEmail('demo@werkplaats.test'),
    ).toBeNull();
    const account = {
      token: info.setupToken,
      name: 'Beheer',
      email: 'admin@example.org',
      password: 'a long passphrase',
    };
    expect((await http(server, 'POST', '/api/setup', account)).status).toBe(200);
    const reuse = await http<{ error: { code: string } }>(server, 'POST', '/api/setup', {
      ...account,
      email: 'other@example.org',
    });
    expect(reuse.body.error.code).toBe('WP_ERR_TOKEN_INVALID');
    expect((await bootstrap(server.app.ctx)).mode).toBe('ready');
  });
});
