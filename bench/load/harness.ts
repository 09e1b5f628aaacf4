import { fileURLToPath } from 'node:url';
import type { Person } from './api.ts';
import { Client } from './client.ts';
import { WorkerHandle } from './messages.ts';
import type { Options } from './options.ts';
import { spawnPinned } from './procs.ts';
import { histogramOf, now, sleep, type Histogram } from './stats.ts';

/** What the scenarios share: load generators, the staff connections, the facilitator view. */

/** This very file, bundled: load generators and the bare server run it with a role flag. */
export const BUNDLE = fileURLToPath(import.meta.url);

export function spawnWorkers(count: number): WorkerHandle[] {
  return Array.from(
    { length: count },
    (_, i) =>
      new WorkerHandle(
        i,
        spawnPinned(1, ['--enable-source-maps', BUNDLE, `--worker=${i}`], { ipc: true }),
      ),
  );
}

export async function closeWorkers(workers: readonly WorkerHandle[]): Promise<void> {
  await Promise.all(workers.map((w) => w.ask('close', null).catch(() => null)));
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.child.exitCode !== null) return resolve();
          const timer = setTimeout(() => {
            w.child.kill('SIGKILL');
            resolve();
          }, 3000);
          w.child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
    ),
  );
}

/** Deals items out round-robin: load generator i gets items i, i + k, i + 2k… */
export function deal<T>(items: readonly T[], k: number): T[][] {
  const shares: T[][] = Array.from({ length: k }, () => []);
  items.forEach((item, i) => shares[i % k]?.push(item));
  return shares;
}

export interface ConnectFigures {
  /** From the first connection opened until the last `hello` was answered. */
  readonly allMs: number;
  readonly each: Histogram;
  readonly failures: string[];
}

/** Every phone connects and says hello, `concurrency` at a time over all load generators. */
export async function connectAll(
  workers: readonly WorkerHandle[],
  url: string,
  workshopId: string,
  people: readonly Person[],
  options: Options,
): Promise<ConnectFigures> {
  const shares = deal(people, workers.length);
  const results = await Promise.all(
    workers.map((w, i) =>
      w.ask('connect', {
        url,
        workshopId,
        people: shares[i] ?? [],
        concurrency: Math.max(1, Math.ceil(options.concurrency / workers.length)),
        keepDocs: options.apply,
      }),
    ),
  );
  return {
    allMs:
      Math.max(...results.map((r) => r.endedAt)) - Math.min(...results.map((r) => r.startedAt)),
    each: histogramOf(results.flatMap((r) => r.connectMs)),
    failures: results.flatMap((r) => r.failures),
  };
}

/** The facilitator console and the projector, in this process (core 1, beside the phones). */
export async function staffClients(
  url: string,
  workshopId: string,
  code: string,
  cookie: string,
): Promise<{ facilitator: Client; projector: Client }> {
  const facilitator = new Client(url, { role: 'facilitator', workshopId }, true, cookie);
  const projector = new Client(url, { role: 'projector', code }, false);
  for (const c of [facilitator, projector]) {
    await c.connected();
    const ack = await c.hello();
    if (!ack.ok) throw new Error(`staff hello: ${JSON.stringify(ack.error)}`);
  }
  return { facilitator, projector };
}

/** Polls until `check` gives a value (or throws after the timeout). */
export async function waitFor<T>(
  check: () => T | null | undefined | false,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const until = now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The workshop as the facilitator console holds it (`w/facilitator`). */
export interface FacilitatorWorkshop {
  readonly activityOrder: string[];
  readonly activities: Record<string, { kind: string; config: Record<string, unknown> }>;
  readonly participants: Record<string, unknown>;
}

export function facilitatorWorkshop(facilitator: Client): FacilitatorWorkshop | null {
  return (facilitator.docs.get('w/facilitator')?.data as FacilitatorWorkshop | undefined) ?? null;
}

/** The newest activity of a kind in the facilitator's view (the add ack carries no id). */
export async function newestActivity(facilitator: Client, kind: string): Promise<string> {
  return waitFor(
    () => {
      const w = facilitatorWorkshop(facilitator);
      return [...(w?.activityOrder ?? [])].reverse().find((id) => w?.activities[id]?.kind === kind);
    },
    10_000,
    `a ${kind} activity in the facilitator's view`,
  );
}
