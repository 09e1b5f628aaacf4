import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { CommandAck } from '../../src/domain/protocol.ts';
import { INSPECT, inspectorOf, settledMemory, type Memory } from './memory.ts';
import { spawnPinned, stop, waitForOutput } from './procs.ts';
import { now } from './stats.ts';

/** The real server (`dist/server/main.js`) in its own process on core 0, and HTTP to it. */
export interface ServerHandle {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly url: string;
  readonly dataDir: string;
  /** The first-administrator link printed at start (no demo: nobody can sign in otherwise). */
  readonly setupToken: string;
  /** Memory after a full garbage collection. */
  memory(): Promise<Memory>;
  close(): Promise<void>;
}

export async function startServer(options: {
  entry: string;
  batchMs: number | null;
  dataDir: string;
  keepData: boolean;
  profile: boolean;
}): Promise<ServerHandle> {
  const dataDir = fs.mkdtempSync(path.join(options.dataDir, 'wp-load-'));
  const profile = options.profile ? ['--cpu-prof', '--cpu-prof-dir=.tmp/prof-load'] : [];
  const child = spawnPinned(0, ['--enable-source-maps', INSPECT, ...profile, options.entry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      WERKPLAATS_DATA_DIR: dataDir,
      WERKPLAATS_DEMO: '0',
      LOG_LEVEL: 'warn',
      WERKPLAATS_METRICS: 'on',
      // Every phone of the benchmark joins from 127.0.0.1; a venue behind one NAT looks alike.
      WERKPLAATS_JOIN_RATE_PER_MINUTE: '1000000',
      ...(options.batchMs === null
        ? {}
        : { WERKPLAATS_PARTICIPANT_BATCH_MS: String(options.batchMs) }),
    },
    stdout: 'pipe',
    stderr: 'pipe',
  });
  const inspector = inspectorOf(child);
  const banner = await waitForOutput(child, (out) => /\/setup\/\S+/.test(out));
  const port = /running on https?:\/\/[^:]+:(\d+)/.exec(banner)?.[1];
  const setupToken = /\/setup\/(\S+)/.exec(banner)?.[1];
  if (!port || !setupToken || !child.pid) throw new Error(`unexpected banner:\n${banner}`);
  const pid = child.pid;
  const inspectorUrl = await inspector;
  return {
    child,
    pid,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    setupToken,
    memory: () => settledMemory(pid, inspectorUrl),
    async close() {
      await stop(child);
      if (!options.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface HttpResult<T> {
  readonly status: number;
  readonly body: T;
  readonly setCookie: string[];
}

/** JSON over HTTP as the browser on this origin sends it (the Origin check passes). */
export async function http<T = Record<string, unknown>>(
  url: string,
  method: string,
  route: string,
  body?: unknown,
  cookie?: string,
): Promise<HttpResult<T>> {
  const response = await fetch(url + route, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      origin: url,
      ...(cookie ? { cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : {}) as T,
    setCookie: response.headers.getSetCookie(),
  };
}

export function cookieHeader(setCookie: readonly string[]): string {
  return setCookie.map((c) => c.split(';')[0]).join('; ');
}

/** A facilitator's side of the benchmark: the account, the workshop, its commands. */
export interface Facilitator {
  readonly url: string;
  readonly cookie: string;
  readonly workshopId: string;
  readonly code: string;
  command(command: Record<string, unknown>, activityId?: string | null): Promise<CommandAck>;
}

let actions = 0;

/**
 * The first-administrator setup link (what a new installation prints), then a workshop with
 * one partnership, as `facilitatorWithWorkshop` in test/support does in-process.
 */
export async function setUpWorkshop(server: ServerHandle): Promise<Facilitator> {
  const setup = await http(server.url, 'POST', '/api/setup', {
    token: server.setupToken,
    name: 'Bench Facilitator',
    email: 'bench@example.org',
    password: 'correct horse battery staple',
  });
  if (setup.status !== 200) throw new Error(`setup failed: ${JSON.stringify(setup.body)}`);
  const cookie = cookieHeader(setup.setCookie);
  const created = await http<{ id: string; code: string }>(
    server.url,
    'POST',
    '/api/workshops',
    { title: 'Werkplaats load benchmark' },
    cookie,
  );
  if (created.status !== 201) throw new Error(`workshop failed: ${JSON.stringify(created.body)}`);
  const workshopId = created.body.id;
  const command = async (cmd: Record<string, unknown>, activityId: string | null = null) => {
    const res = await http<CommandAck | { error: unknown }>(
      server.url,
      'POST',
      `/api/workshops/${workshopId}/commands`,
      { clientActionId: `bench-${process.pid}-${++actions}`, activityId, command: cmd },
      cookie,
    );
    if ('error' in res.body) return { ok: false, error: res.body.error } as CommandAck;
    return res.body;
  };
  const partnership = await command({
    type: 'addPartnership',
    municipality: 'Utrecht',
    formalOrganisation: 'Buurtteam',
    informalOrganisation: 'Al Amal',
  });
  if (!partnership.ok) throw new Error(`addPartnership: ${JSON.stringify(partnership)}`);
  return { url: server.url, cookie, workshopId, code: created.body.code, command };
}

export async function must(ack: Promise<CommandAck>, what: string): Promise<void> {
  const result = await ack;
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.error)}`);
}

export type Side = 'formal' | 'informal';

export interface Person {
  readonly participantId: string;
  readonly token: string;
  readonly side: Side;
}

/** POST /api/join as a phone does; returns the person and how long the request took. */
export async function joinOne(
  url: string,
  code: string,
  index: number,
): Promise<Person & { joinMs: number; startedAt: number }> {
  const side: Side = index % 2 === 0 ? 'formal' : 'informal';
  const startedAt = now();
  const res = await http<{ token: string; participantId: string }>(url, 'POST', '/api/join', {
    code,
    displayName: `Deelnemer ${index + 1}`,
    partnershipId: null,
    side,
    language: 'nl',
  });
  if (res.status !== 200) throw new Error(`join ${index} failed: ${JSON.stringify(res.body)}`);
  return { ...res.body, side, joinMs: now() - startedAt, startedAt };
}

/** N people join over HTTP, `concurrency` at a time (bounded: one pass over the indices). */
export async function joinMany(
  url: string,
  code: string,
  count: number,
  concurrency: number,
): Promise<Person[]> {
  const people: Person[] = new Array<Person>(count);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      const p = await joinOne(url, code, i);
      people[i] = { participantId: p.participantId, token: p.token, side: p.side };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return people;
}
