import type { PatchMessage, ViewMessage } from '../../src/domain/protocol.ts';
import { mergeTraffic } from './analysis.ts';
import { deal, spawnWorkers } from './harness.ts';
import { Window, machineFigures } from './window.ts';
import type { Options } from './options.ts';
import { Run } from './report.ts';
import { memoryPerPhone, stage } from './scenarios.ts';
import { histogramOf, mean, now, percentileOf, sleep } from './stats.ts';

/**
 * Join storm: N people join (POST /api/join, connect, hello) spread evenly over a window while
 * the facilitator console and the projector watch the lobby. Measures how long until each one
 * is on the facilitator's list, and what a phone receives meanwhile.
 */
export async function stormScenario(options: Options): Promise<Run> {
  const run = new Run('join storm');
  const s = await stage(options);
  try {
    const seen = new Map<string, number>();
    const PARTICIPANT = /^\/data\/participants\/([^/]+)$/;
    s.facilitator.onMessage = (event, payload, at) => {
      if (event === 'patch') {
        const m = payload as PatchMessage;
        if (m.view !== 'w/facilitator') return;
        for (const op of m.ops) {
          const id = PARTICIPANT.exec(op.path)?.[1];
          if (id && !seen.has(id)) seen.set(id, at);
          if (op.path === '/data/participants' && op.value && typeof op.value === 'object')
            for (const key of Object.keys(op.value)) if (!seen.has(key)) seen.set(key, at);
        }
      } else if (event === 'view') {
        const m = payload as ViewMessage;
        if (m.view !== 'w/facilitator') return;
        const list = (m.data as { participants?: Record<string, unknown> }).participants ?? {};
        for (const key of Object.keys(list)) if (!seen.has(key)) seen.set(key, at);
      }
    };
    s.workers = spawnWorkers({ workers: options.workers, senders: 0 });
    await sleep(1000);
    s.facilitator.reset();
    s.projector.reset();
    const before = await s.server.memory();
    const window = new Window(s.server.pid, s.workers);
    const startAt = now() + 500;
    const indices = deal(
      Array.from({ length: options.n }, (_, i) => i),
      s.workers.length,
    );
    const results = await Promise.all(
      s.workers.map((w, i) =>
        w.ask('storm', {
          url: s.server.url,
          code: s.f.code,
          workshopId: s.f.workshopId,
          indices: indices[i] ?? [],
          total: options.n,
          startAt,
          windowMs: options.stormSeconds * 1000,
          client: options.client,
        }),
      ),
    );
    const joins = results.flatMap((r) => r.joins);
    const failures = results.flatMap((r) => r.failures);
    const lastDone = Math.max(...joins.map((j) => j.startedAt + j.joinMs + j.helloMs));
    await sleep(2000);
    const measured = window.end();
    const traffic = mergeTraffic(await Promise.all(s.workers.map((w) => w.ask('traffic', null))));
    const after = await s.server.memory();

    const toList = joins
      .map((j) => (seen.get(j.participantId) ?? Number.NaN) - j.startedAt)
      .filter((ms) => Number.isFinite(ms));
    const onList = histogramOf(toList);
    if (failures.length) run.remark(`${failures.length} joins failed (first: ${failures[0]})`);
    run
      .set('phones connected', joins.length)
      .set('storm took (s)', (lastDone - startAt) / 1000)
      .set('on facilitator list', `${toList.length}/${joins.length}`)
      .set('join→facilitator list p50 (ms)', onList.percentile(50))
      .set('join→facilitator list p95 (ms)', onList.percentile(95))
      .set('join→facilitator list p99 (ms)', onList.percentile(99))
      .set(
        'POST /api/join p95 (ms)',
        percentileOf(
          joins.map((j) => j.joinMs),
          95,
        ),
      )
      .set(
        'connect+hello p95 (ms)',
        percentileOf(
          joins.map((j) => j.helloMs),
          95,
        ),
      )
      .set('KB / phone (mean)', mean(traffic.bytes) / 1024)
      .set('KB / phone (p95)', percentileOf(traffic.bytes, 95) / 1024)
      .set('KB / phone (max)', Math.max(...traffic.bytes) / 1024)
      .set('KB to facilitator', s.facilitator.bytes / 1024)
      .set('KB to projector', s.projector.bytes / 1024)
      .set('patch gaps (view re-asked)', traffic.gaps + s.facilitator.gaps + s.projector.gaps)
      .set('server CPU ms / join', measured.cpuMicros / 1000 / Math.max(1, joins.length));
    memoryPerPhone(run, before, after, joins.length);
    machineFigures(run, measured);
    return run;
  } finally {
    await s.close();
  }
}
