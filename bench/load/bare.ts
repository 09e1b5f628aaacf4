import type { Person } from './api.ts';
import { BUNDLE, closeWorkers, connectAll, spawnWorkers, staffClients } from './harness.ts';
import type { Options } from './options.ts';
import { INSPECT, inspectorOf, settledMemory } from './memory.ts';
import { spawnPinned, stop, waitForOutput } from './procs.ts';
import { memoryPerPhone } from './scenarios.ts';
import { Run } from './report.ts';
import { sendNotes } from './sending.ts';
import { sleep } from './stats.ts';

/** What the bare run is compared with: the figures of one of our notes runs. */
export interface Reference {
  readonly name: string;
  readonly cpuPerMessage: number;
  readonly cpuPerDelivery: number;
  /** Messages each phone got a second (our phones get a few notes per message). */
  readonly messagesPerPhoneSecond: number;
  readonly deliveryP95: number;
  readonly noteMessageBytes: number;
  readonly rssPerPhone: number;
  readonly heapPerPhone: number;
  readonly connectAll: number;
}

/**
 * The yardstick: a bare Socket.IO server (own process, core 0) with the same N phones, the
 * same note rate and our note message size, broadcasting every note to everyone at once.
 * Our figures are then given as ratios of its figures.
 *
 * `paced`: the same bare server, sending as many messages a second to each phone as ours did
 * (ours carry several notes each). At 5,000 phones and 20 notes a second the bare server is
 * asked for 100,000 messages a second, more than the phones' core can read; its writes then
 * pile up and go out several to a system call, which makes each cheaper. Paced, both servers
 * are compared at the same load.
 */
export async function bareScenario(
  options: Options,
  reference: Reference | null,
  paced = false,
): Promise<Run> {
  const run = new Run(paced ? 'bare at our pace' : 'bare socket.io');
  if (paced) {
    if (!reference) throw new Error('bare-paced needs a notes run first (--scenarios=notes,…)');
    const rate = Math.max(0.5, Math.round(reference.messagesPerPhoneSecond * 2) / 2);
    options = { ...options, rate };
    run.remark(`${rate} notes/s: the messages per phone per second of ${reference.name}`);
  }
  const padTo = Math.round(
    Number.isFinite(reference?.noteMessageBytes) ? (reference?.noteMessageBytes ?? 300) : 300,
  );
  const child = spawnPinned(0, [INSPECT, BUNDLE, `--bare-server=${padTo}`], {
    stdout: 'pipe',
    stderr: 'pipe',
  });
  const inspector = inspectorOf(child);
  const banner = await waitForOutput(child, (out) => /listening on \d+/.test(out));
  const url = `http://127.0.0.1:${/listening on (\d+)/.exec(banner)?.[1]}`;
  const pid = child.pid ?? 0;
  const inspectorUrl = await inspector;
  const { facilitator, projector } = await staffClients(options.client, url, 'bare', 'BARE', '');
  const workers = spawnWorkers(options);
  try {
    await sleep(500);
    const before = await settledMemory(pid, inspectorUrl);
    const people: Person[] = Array.from({ length: options.n }, (_, i) => ({
      participantId: `p${i}`,
      token: 'bare',
      side: i % 2 === 0 ? 'formal' : 'informal',
    }));
    const connected = await connectAll(workers, url, 'bare', people, options);
    await sleep(500);
    const after = await settledMemory(pid, inspectorUrl);
    run
      .set('phones connected', connected.each.count)
      .set('connect all N (s)', connected.allMs / 1000)
      .set('connect+hello each p50 (ms)', connected.each.percentile(50))
      .set('connect+hello each p95 (ms)', connected.each.percentile(95))
      .set('server RSS before phones (MB)', before.rss / 2 ** 20);
    memoryPerPhone(run, before, after, connected.each.count);
    const rssPerPhone = run.get('server RSS per phone (KB)');
    const heapPerPhone = run.get('server JS heap per phone (KB)');
    const bare = await sendNotes({
      run,
      workers,
      facilitator,
      projector,
      serverPid: pid,
      activityId: 'bare',
      textFor: 'all',
      options,
    });
    if (reference) {
      run.remark(`ratios are ${reference.name} ÷ bare`);
      run
        .set('ratio CPU µs / delivered msg', reference.cpuPerMessage / bare.cpuPerMessage)
        .set('ratio CPU µs / note delivery', reference.cpuPerDelivery / bare.cpuPerDelivery)
        .set('ratio RSS per phone', ratio(reference.rssPerPhone, rssPerPhone))
        .set('ratio JS heap per phone', ratio(reference.heapPerPhone, heapPerPhone))
        .set('ratio connect all N', reference.connectAll / (connected.allMs / 1000))
        .set('ratio delivery p95', reference.deliveryP95 / bare.deliveryP95);
    }
    return run;
  } finally {
    await closeWorkers(workers);
    facilitator.close();
    projector.close();
    await stop(child);
  }
}

/** A ratio of two growths; none when either did not grow (RSS is coarse at small N). */
function ratio(ours: number, bare: number): number | string {
  return ours > 0 && bare > 0 ? ours / bare : 'n/a (RSS did not grow)';
}
