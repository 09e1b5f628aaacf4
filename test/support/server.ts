import { afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { EventEnvelope } from '../../src/domain/events.ts';
import type {
  ClientToServer,
  CommandAck,
  EventsMessage,
  HelloAck,
  ServerToClient,
} from '../../src/domain/protocol.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createAccount } from '../../src/server/services/accounts.ts';

export interface TestServer {
  url: string;
  app: App;
  dataDir: string;
  /** Stops the server (like a crash: no snapshot is forced) and starts a new one on the same file. */
  restart(): Promise<TestServer>;
  close(): Promise<void>;
}

/** A real server on a temporary SQLite file, listening on a free port. */
export async function startServer(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wp-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    WERKPLAATS_DATA_DIR: dataDir,
    WERKPLAATS_DEMO: '0',
    LOG_LEVEL: 'silent',
    WERKPLAATS_PARTICIPANT_BATCH_MS: '20',
    ...options.env,
  });
  const app = await createApp({ config, clientDir: path.join(dataDir, 'no-client') });
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const server: TestServer = {
    url: `http://127.0.0.1:${port}`,
    app,
    dataDir,
    async restart() {
      await app.close();
      return startServer({ ...options, dataDir });
    },
    close: () => app.close(),
  };
  return server;
}

/** JSON over HTTP with cookies, the way a browser on this origin would send it. */
export async function http<T = Record<string, unknown>>(
  server: TestServer,
  method: string,
  url: string,
  body?: unknown,
  cookie?: string,
): Promise<{ status: number; body: T; setCookie: string[] }> {
  const response = await fetch(server.url + url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      origin: server.url,
      ...(cookie ? { cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : {}) as T,
    setCookie: response.headers.getSetCookie(),
  };
}

export function cookieHeader(setCookie: string[]): string {
  return setCookie.map((c) => c.split(';')[0]).join('; ');
}

/** A facilitator account, signed in, with a workshop that has one strength activity. */
export async function facilitatorWithWorkshop(server: TestServer, email = 'hans@example.org') {
  await createAccount(
    server.app.ctx,
    { name: 'Hans', email, password: 'correct horse battery' },
    'facilitator',
  );
  const login = await http(server, 'POST', '/api/auth/login', {
    email,
    password: 'correct horse battery',
  });
  const cookie = cookieHeader(login.setCookie);
  const created = await http<{ id: string; code: string }>(
    server,
    'POST',
    '/api/workshops',
    { title: 'Werkplaats test' },
    cookie,
  );
  const workshopId = created.body.id;
  const command = async (cmd: Record<string, unknown>, activityId: string | null = null) =>
    http<CommandAck>(
      server,
      'POST',
      `/api/workshops/${workshopId}/commands`,
      {
        clientActionId: `t-${Math.random().toString(36).slice(2, 12)}`,
        activityId,
        command: cmd,
      },
      cookie,
    );
  await command({
    type: 'addPartnership',
    municipality: 'Utrecht',
    formalOrganisation: 'Buurtteam',
    informalOrganisation: 'Al Amal',
  });
  await command({ type: 'addActivity', kind: 'strength' });
  const room = await server.app.ctx.rooms.get(workshopId);
  const activityId = room.state.activityOrder[0] ?? '';
  const partnershipId = Object.keys(room.state.partnerships)[0] ?? '';
  return { cookie, workshopId, code: created.body.code, activityId, partnershipId, command };
}

export async function join(
  server: TestServer,
  code: string,
  displayName: string,
  side: 'formal' | 'informal',
  partnershipId: string | null = null,
) {
  const res = await http<{ token: string; participantId: string; workshopId: string }>(
    server,
    'POST',
    '/api/join',
    {
      code,
      displayName,
      partnershipId,
      side,
      language: 'nl',
    },
  );
  if (res.status !== 200) throw new Error(`join failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

export type TestSocket = Socket<ServerToClient, ClientToServer> & {
  /** Every event received on the wire, in order, exactly as the server sent it. */
  received: EventEnvelope[];
  /** The raw JSON of every message received (to assert that secrets never arrived). */
  wire: string[];
  upTo: number;
  hello(lastSeq: number | null): Promise<HelloAck>;
  cmd(
    activityId: string | null,
    command: { type: string; [key: string]: unknown },
    clientActionId?: string,
  ): Promise<CommandAck>;
  waitFor(predicate: (e: EventEnvelope) => boolean, timeoutMs?: number): Promise<EventEnvelope>;
  waitForSeq(seq: number, timeoutMs?: number): Promise<void>;
};

let actionCounter = 0;

export async function connect(
  server: TestServer,
  auth: Record<string, unknown>,
  cookie?: string,
): Promise<TestSocket> {
  const socket = io(server.url, {
    auth,
    transports: ['websocket'],
    extraHeaders: { origin: server.url, ...(cookie ? { cookie } : {}) },
    reconnection: false,
    forceNew: true,
  }) as TestSocket;
  socket.received = [];
  socket.wire = [];
  socket.upTo = 0;
  socket.onAny((name: string, payload: unknown) =>
    socket.wire.push(`${name}:${JSON.stringify(payload)}`),
  );
  socket.on('events', (message: EventsMessage) => {
    socket.received.push(...message.events);
    socket.upTo = message.upTo;
  });
  socket.hello = async (lastSeq) => {
    const ack = await socket.timeout(5000).emitWithAck('hello', { protocol: 1, lastSeq });
    socket.wire.push(`hello-ack:${JSON.stringify(ack)}`);
    if (ack.ok) socket.upTo = ack.sync.kind === 'snapshot' ? ack.sync.seq : ack.sync.upTo;
    if (ack.ok && ack.sync.kind === 'events') socket.received.push(...ack.sync.events);
    return ack;
  };
  socket.cmd = (activityId, command, clientActionId = `a${++actionCounter}-${Date.now()}`) =>
    socket.timeout(5000).emitWithAck('command', { clientActionId, activityId, command });
  socket.waitFor = (predicate, timeoutMs = 3000) =>
    new Promise((resolve, reject) => {
      const found = socket.received.find(predicate);
      if (found) return resolve(found);
      const timer = setTimeout(
        () => reject(new Error('timed out waiting for an event')),
        timeoutMs,
      );
      const onEvents = (message: EventsMessage) => {
        const match = message.events.find(predicate);
        if (match) {
          clearTimeout(timer);
          socket.off('events', onEvents);
          resolve(match);
        }
      };
      socket.on('events', onEvents);
    });
  socket.waitForSeq = (seq, timeoutMs = 3000) =>
    new Promise((resolve, reject) => {
      if (socket.upTo >= seq) return resolve();
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for seq ${seq} (at ${socket.upTo})`)),
        timeoutMs,
      );
      const onEvents = (message: EventsMessage) => {
        if (message.upTo >= seq) {
          clearTimeout(timer);
          socket.off('events', onEvents);
          resolve();
        }
      };
      socket.on('events', onEvents);
    });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

/**
 * The usual frame of a test with real sockets: `open` connects and remembers the socket; after
 * each test every socket is closed and the server stopped. `closeAll` closes the sockets early
 * (before a restart).
 */
export function socketsPerTest(currentServer: () => TestServer | undefined) {
  const sockets: TestSocket[] = [];
  const closeAll = () => {
    for (const s of sockets.splice(0)) s.disconnect();
  };
  afterEach(async () => {
    closeAll();
    await currentServer()?.close();
  });
  async function open(auth: Record<string, unknown>, cookie?: string): Promise<TestSocket> {
    const server = currentServer();
    if (!server) throw new Error('start a server first');
    const socket = await connect(server, auth, cookie);
    sockets.push(socket);
    return socket;
  }
  return { open, closeAll };
}
