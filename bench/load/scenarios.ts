import {
  joinMany,
  must,
  setUpWorkshop,
  startServer,
  type Facilitator,
  type ServerHandle,
} from './api.ts';
import type { BenchClient } from './benchClient.ts';
import {
  closeWorkers,
  connectAll,
  facilitatorWorkshop,
  newestActivity,
  spawnWorkers,
  staffClients,
  waitFor,
} from './harness.ts';
import type { WorkerHandle } from './messages.ts';
import type { Options } from './options.ts';
import type { Memory } from './memory.ts';
import { rssOf } from './procs.ts';
import { Run } from './report.ts';
import { sendNotes } from './sending.ts';
import { now, sleep } from './stats.ts';

/** A fresh server with a workshop, its console and projector connected, phones not yet. */
export interface Stage {
  readonly server: ServerHandle;
  readonly f: Facilitator;
  readonly facilitator: BenchClient;
  readonly projector: BenchClient;
  workers: WorkerHandle[];
  close(): Promise<void>;
}

export async function stage(options: Options): Promise<Stage> {
  const server = await startServer({
    entry: options.server,
    batchMs: options.batchMs,
    dataDir: options.dataDir,
    keepData: options.keepData,
    profile: options.profile,
  });
  try {
    const f = await setUpWorkshop(server);
    const { facilitator, projector } = await staffClients(
      options.client,
      server.url,
      f.workshopId,
      f.code,
      f.cookie,
    );
    const s: Stage = {
      server,
      f,
      facilitator,
      projector,
      workers: [],
      async close() {
        await closeWorkers(s.workers);
        facilitator.close();
        projector.close();
        await server.close();
      },
    };
    return s;
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** N people join over HTTP, then every phone connects: connect time and memory per phone. */
export async function joinAndConnect(s: Stage, run: Run, options: Options): Promise<void> {
  const t0 = now();
  const people = await joinMany(
    s.server.url,
    s.f.code,
    options.n,
    Math.min(options.concurrency, 20),
  );
  run.set('joins / s (HTTP, set-up)', options.n / ((now() - t0) / 1000));
  const before = await s.server.memory();
  s.workers = spawnWorkers(options);
  const connected = await connectAll(s.workers, s.server.url, s.f.workshopId, people, options);
  await sleep(500);
  const after = await s.server.memory();
  if (connected.failures.length)
    run.remark(
      `${connected.failures.length} phones failed to connect (first: ${connected.failures[0]})`,
    );
  run
    .set('phones connected', connected.each.count)
    .set(`connect all N (s)`, connected.allMs / 1000)
    .set('connect+hello each p50 (ms)', connected.each.percentile(50))
    .set('connect+hello each p95 (ms)', connected.each.percentile(95))
    .set('server RSS before phones (MB)', before.rss / 2 ** 20);
  memoryPerPhone(run, before, after, connected.each.count);
}

/** RSS and JS heap growth per phone, both after a full garbage collection. */
export function memoryPerPhone(run: Run, before: Memory, after: Memory, phones: number): void {
  run
    .set('server RSS per phone (KB)', (after.rss - before.rss) / 1024 / Math.max(1, phones))
    .set('server JS heap per phone (KB)', (after.heap - before.heap) / 1024 / Math.max(1, phones));
}

/**
 * Notes, variant a (writing phase as used: the author's side reads, the rest counts) or b
 * (`shareWhileWriting`: everyone reads every note). Returns null when b is not available.
 */
export async function notesScenario(variant: 'a' | 'b', options: Options) {
  const run = new Run(`notes/${variant}`);
  const s = await stage(options);
  try {
    await must(s.f.command({ type: 'addActivity', kind: 'strength' }), 'addActivity strength');
    const activityId = await newestActivity(s.facilitator, 'strength');
    if (variant === 'b') {
      const config = facilitatorWorkshop(s.facilitator)?.activities[activityId]?.config ?? {};
      const ack = await s.f.command({
        type: 'configureActivity',
        activityId,
        config: { ...config, shareWhileWriting: true },
      });
      if (!ack.ok)
        return {
          run: run.remark(
            `skipped: the server refused shareWhileWriting (${JSON.stringify(ack.error)})`,
          ),
          figures: null,
        };
      const kept = await waitFor(
        () =>
          facilitatorWorkshop(s.facilitator)?.activities[activityId]?.config.shareWhileWriting ===
          true,
        3000,
        'the config',
      ).catch(() => false);
      if (!kept)
        return {
          run: run.remark('skipped: the strength config of this build has no shareWhileWriting'),
          figures: null,
        };
    }
    await must(s.f.command({ type: 'startActivity', activityId }), 'startActivity');
    await joinAndConnect(s, run, options);
    const figures = await sendNotes({
      run,
      workers: s.workers,
      facilitator: s.facilitator,
      projector: s.projector,
      serverPid: s.server.pid,
      serverUrl: s.server.url,
      activityId,
      textFor: variant === 'b' ? 'all' : 'side',
      options,
    });
    run.set('server RSS after notes (MB)', rssOf(s.server.pid) / 2 ** 20);
    return {
      run,
      figures: {
        ...figures,
        rssPerPhone: run.get('server RSS per phone (KB)'),
        heapPerPhone: run.get('server JS heap per phone (KB)'),
        connectAll: run.get('connect all N (s)'),
      },
    };
  } finally {
    await s.close();
  }
}
