import { afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServer,
  CommandAck,
  HelloAck,
  PatchMessage,
  ServerToClient,
  ViewMessage,
} from '../../src/domain/protocol.ts';
import {
  applyPatch,
  composeWorkshop,
  held,
  type HeldView,
} from '../../src/client/shared/compose.ts';
import { createEngine } from '../../src/domain/engine.ts';
import { registry } from '../../src/activities/registry.ts';
import type { WorkshopView } from '../../src/domain/views/workshopView.ts';
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

const engine = createEngine(registry);

export type TestSocket = Socket<ServerToClient, ClientToServer> & {
  /** The views this socket holds, kept current from `hello`, `view`, `patch`, `viewDropped`. */
  views: Map<string, HeldView>;
  /** The raw JSON of every message received (to assert that secrets never arrived). */
  wire: string[];
  /** The highest `synced` (or hello) log position received. */
  seq: number;
  /** Patches received whose `from` did not match what the socket held (gaps it noticed). */
  gaps: PatchMessage[];
  /** When set, patches for which it returns true are dropped on purpose (gap tests). */
  dropPatch: ((patch: PatchMessage) => boolean) | null;
  hello(): Promise<HelloAck>;
  cmd(
    activityId: string | null,
    command: { type: string; [key: string]: unknown },
    clientActionId?: string,
  ): Promise<CommandAck>;
  /** The workshop as the browser composes it from the views (activities with their state). */
  workshop(): WorkshopView | null;
  /** One activity's state as the browser composes it (overlay folded in), or undefined. */
  activity<S = unknown>(activityId: string): S | undefined;
  /** Resolves once `check()` returns a truthy value after some message, or rejects. */
  waitUntil<T>(check: () => T | null | undefined | false, timeoutMs?: number): Promise<T>;
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
  socket.views = new Map();
  socket.wire = [];
  socket.seq = 0;
  socket.gaps = [];
  socket.dropPatch = null;
  let you: Parameters<typeof composeWorkshop>[2] = null;
  const changed = new Set<() => void>();
  const notify = () => {
    for (const f of [...changed]) f();
  };
  socket.onAny((name: string, payload: unknown) =>
    socket.wire.push(`${name}:${JSON.stringify(payload)}`),
  );
  socket.on('view', (m) => {
    socket.views.set(m.view, held(m));
    notify();
  });
  socket.on('viewDropped', ({ view }) => {
    socket.views.delete(view);
    notify();
  });
  socket.on('synced', ({ seq }) => {
    socket.seq = Math.max(socket.seq, seq);
    notify();
  });
  socket.on('patch', (m) => {
    if (socket.dropPatch?.(m)) return;
    const view = socket.views.get(m.view);
    if (view && m.to <= view.version) return;
    if (!view || view.version !== m.from) {
      socket.gaps.push(m);
      // As the browser does: ask for the whole view again.
      void socket
        .timeout(5000)
        .emitWithAck('view', { view: m.view })
        .then((ack) => {
          if (ack.ok) socket.views.set(ack.view, held(ack));
          notify();
        });
      return;
    }
    socket.views.set(m.view, applyPatch(view, m.ops, m.to));
    notify();
  });
  socket.hello = async () => {
    const ack = await socket.timeout(5000).emitWithAck('hello', { protocol: 2 });
    socket.wire.push(`hello-ack:${JSON.stringify(ack)}`);
    if (ack.ok) {
      you = ack.you;
      socket.seq = ack.sync.seq;
      socket.views = new Map(ack.sync.views.map((v: ViewMessage) => [v.view, held(v)]));
      notify();
    }
    return ack;
  };
  socket.cmd = (activityId, command, clientActionId = `a${++actionCounter}-${Date.now()}`) =>
    socket.timeout(5000).emitWithAck('command', { clientActionId, activityId, command });
  socket.workshop = () => composeWorkshop(engine, socket.views, you);
  socket.activity = <S>(activityId: string) => {
    const w = socket.workshop();
    const a = w && Object.hasOwn(w.activities, activityId) ? w.activities[activityId] : undefined;
    return (a?.state ?? undefined) as S | undefined;
  };
  socket.waitUntil = <T>(check: () => T | null | undefined | false, timeoutMs = 3000) =>
    new Promise<T>((resolve, reject) => {
      const first = check();
      if (first) return resolve(first);
      const timer = setTimeout(() => {
        changed.delete(onChange);
        reject(new Error('timed out waiting for a view'));
      }, timeoutMs);
      const onChange = () => {
        const value = check();
        if (!value) return;
        clearTimeout(timer);
        changed.delete(onChange);
        resolve(value);
      };
      changed.add(onChange);
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
  /** Connects and says hello: the socket holds its views whole before the test goes on. */
  async function greeted(auth: Record<string, unknown>, cookie?: string): Promise<TestSocket> {
    const socket = await open(auth, cookie);
    await socket.hello();
    return socket;
  }
  return { open, greeted, closeAll };
}

/**
 * What a socket received of one activity's views and overlays, as one string: for "the
 * secret never arrived" (the projector's workshop view names the newest people for the lobby,
 * so "nobody is named" is asked of the activity's own messages).
 */
export function activityWireOf(socket: TestSocket, activityId: string): string {
  return socket.wire
    .filter((m) => m.includes(`"view":"a/${activityId}/`) || m.includes(`"view":"o/${activityId}/`))
    .join('\n');
}
