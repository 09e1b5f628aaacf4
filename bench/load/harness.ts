import { fileURLToPath } from 'node:url';
import type { Person } from './api.ts';
import type { BenchClient, ClientKind } from './benchClient.ts';
import { Client } from './client.ts';
import { LeanClient } from './leanClient.ts';
import { WorkerHandle } from './messages.ts';
import type { Options } from './options.ts';
import { spawnPinned } from './procs.ts';
import { histogramOf, now, sleep, type Histogram } from './stats.ts';

/** What the scenarios share: load generators, the staff connections, the facilitator view. */

/** This very file, bundled: load generators and the bare server run it with a role flag. */
export const BUNDLE = fileURLToPath(import.meta.url);

/** The load generators of a run: `--workers`, plus one for the senders when there are any. */
export function spawnWorkers(options: Pick<Options, 'workers' | 'senders'>): WorkerHandle[] {
  const count = options.workers + (options.senders > 0 ? 1 : 0);
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

/**
 * Who each load generator holds: with senders, the last one holds the first `senders` people
 * (they send every note) and the others share the rest; else everyone is dealt out evenly.
 */
export function sharesOf<T>(people: readonly T[], k: number, senders: number): T[][] {
  if (senders <= 0 || k < 2) return deal(people, k);
  return [...deal(people.slice(senders), k - 1), people.slice(0, senders)];
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
  const shares = sharesOf(people, workers.length, options.senders);
  const results = await Promise.all(
    workers.map((w, i) =>
      w.ask('connect', {
        url,
        workshopId,
        people: shares[i] ?? [],
        concurrency: Math.max(1, Math.ceil(options.concurrency / workers.length)),
        keepDocs: options.apply,
        client: options.client,
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

/** A benchmark connection of the kind `--client` asks for (see `LeanClient` for why two). */
export function openClient(
  kind: ClientKind,
  url: string,
  auth: Record<string, unknown>,
  keepDocs: boolean,
  cookie?: string,
): BenchClient {
  return kind === 'lean'
    ? new LeanClient(url, auth, keepDocs, cookie)
    : new Client(url, auth, keepDocs, cookie);
}

/**
 * The facilitator console and the projector, in this process (core 1, beside the phones), of
 * the same kind as the phones. The console keeps its views whole (the scenarios read the
 * workshop from it), so the lean client parses all its messages.
 */
export async function staffClients(
  kind: ClientKind,
  url: string,
  workshopId: string,
  code: string,
  cookie: string,
): Promise<{ facilitator: BenchClient; projector: BenchClient }> {
  const facilitator = openClient(kind, url, { role: 'facilitator', workshopId }, true, cookie);
  const projector = openClient(kind, url, { role: 'projector', code }, false);
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

export function facilitatorWorkshop(facilitator: BenchClient): FacilitatorWorkshop | null {
  return (facilitator.docs.get('w/facilitator')?.data as FacilitatorWorkshop | undefined) ?? null;
}

/** The newest activity of a kind in the facilitator's view (the add ack carries no id). */
export async function newestActivity(facilitator: BenchClient, kind: string): Promise<string> {
  return waitFor(
    () => {
      const w = facilitatorWorkshop(facilitator);
      return [...(w?.activityOrder ?? [])].reverse().find((id) => w?.activities[id]?.kind === kind);
    },
    10_000,
    `a ${kind} activity in the facilitator's view`,
  );
}
