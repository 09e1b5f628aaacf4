import type { BenchClient } from './benchClient.ts';
import { Window, machineFigures } from './window.ts';
import type { WorkerHandle } from './messages.ts';
import type { Options } from './options.ts';
import type { Run } from './report.ts';
import { Histogram, histogramOf, mean, now, sleep } from './stats.ts';
import { analyze, mergeAnalyses, mergeTraffic } from './analysis.ts';
import { difference, parseHistogram, percentileMs, scrape } from './serverMetrics.ts';

/**
 * The measuring window of the notes scenario (and of the bare yardstick): R notes a second
 * for S seconds from random phones, then a short drain, then every connection's arrivals are
 * matched against what was acknowledged.
 */
export async function sendNotes(input: {
  readonly run: Run;
  readonly workers: readonly WorkerHandle[];
  readonly facilitator: BenchClient;
  readonly projector: BenchClient;
  readonly serverPid: number;
  /** Our server (not the bare yardstick): its own command histogram is read too. */
  readonly serverUrl?: string;
  readonly activityId: string;
  readonly textFor: 'side' | 'all';
  readonly options: Options;
}) {
  const { run, workers, facilitator, projector, options } = input;
  // Let the last hello's tick pass, then measure from a clean slate.
  await sleep(1000);
  await Promise.all(workers.map((w) => w.ask('reset', { watch: null })));
  facilitator.reset();
  projector.reset();

  // The server's cost of merely holding N connections (pings, timers), for reading the rest.
  const idle = new Window(input.serverPid, workers);
  await sleep(2000);
  const idled = idle.end();

  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  const k = workers.length;
  const startAt = now() + 300;
  await sleep(startAt - now());
  const window = new Window(input.serverPid, workers);
  const scrapedBefore = input.serverUrl ? await scrape(input.serverUrl) : null;
  // Note i goes to load generator i mod k, at startAt + i × interval: one even stream. With
  // senders, their own load generator (the last) sends the whole stream.
  const senders = options.senders > 0 && k > 1 ? workers.slice(-1) : workers;
  const sent = await Promise.all(
    senders.map((w, i) =>
      w.ask('send', {
        activityId: input.activityId,
        startAt: startAt + i * interval,
        count: i < total ? Math.floor((total - i - 1) / senders.length) + 1 : 0,
        intervalMs: senders.length * interval,
        textBytes: options.textBytes,
      }),
    ),
  );
  const lastAck = Math.max(...sent.flatMap((s) => s.notes.map((n) => n.ackAt)));
  await sleep(Math.max(0, lastAck + options.drain * 1000 - now()));
  const measured = window.end();
  const scrapedAfter = input.serverUrl ? await scrape(input.serverUrl) : null;

  const notes = sent.flatMap((s) => s.notes);
  const acked = notes
    .filter((n) => n.ok)
    .map(({ id, side, sentAt, seq }) => ({ id, side, sentAt, seq }));
  const errors = notes.filter((n) => !n.ok).map((n) => n.error);
  const phones = mergeAnalyses(
    await Promise.all(
      workers.map((w) => w.ask('analyze', { notes: acked, textFor: input.textFor })),
    ),
  );
  const onProjector = mergeAnalyses([
    analyze([{ side: 'projector', client: projector, staff: true }], acked, input.textFor),
  ]);
  const onConsole = mergeAnalyses([
    analyze([{ side: null, client: facilitator, staff: true }], acked, 'all'),
  ]);
  const traffic = mergeTraffic(await Promise.all(workers.map((w) => w.ask('traffic', null))));
  const delivered = traffic.messages + facilitator.messages + projector.messages;

  const ack = histogramOf(notes.filter((n) => n.ok).map((n) => n.ackAt - n.sentAt));
  const untilAll = new Histogram();
  const countsUntilAll = new Histogram();
  for (const row of phones.perNote.values()) {
    if (row.textPhones > 0) untilAll.add(row.text);
    if (row.countPhones > 0) countsUntilAll.add(row.count);
  }
  const deliveries = phones.text.count + phones.count.count;
  // Rates per second of sending (the drain only collects what those seconds sent).
  const seconds = options.seconds;
  const p = (h: Histogram, label: string) => {
    if (h.count === 0) return;
    run.set(`${label} p50 (ms)`, h.percentile(50));
    run.set(`${label} p95 (ms)`, h.percentile(95));
    run.set(`${label} p99 (ms)`, h.percentile(99));
  };
  run.set('notes sent', notes.length).set('notes acked', acked.length);
  if (errors.length) run.remark(`refused notes: ${errors.length} (first: ${errors[0]})`);
  p(ack, 'submit→ack');
  if (scrapedBefore && scrapedAfter) {
    const name = 'werkplaats_command_seconds';
    const inServer = difference(
      parseHistogram(scrapedAfter, name),
      parseHistogram(scrapedBefore, name),
    );
    for (const q of [50, 95, 99])
      run.set(`server read→ack p${q} (ms)`, percentileMs(inServer, q) ?? Number.NaN);
  }
  p(
    input.textFor === 'all' ? onProjector.text : onProjector.count,
    input.textFor === 'all' ? 'submit→projector (text)' : 'submit→projector (count)',
  );
  p(phones.text, 'submit→phone text, each');
  p(untilAll, 'submit→every reader phone');
  p(phones.count, 'submit→phone count, each');
  p(countsUntilAll, 'submit→every count phone');
  run
    .set('lost (note×phone)', phones.lost + onProjector.lost + onConsole.lost)
    .set('duplicated', phones.duplicates + onProjector.duplicates + onConsole.duplicates)
    .set('text leaked to count-only', phones.leaks + onProjector.leaks)
    .set('counts never arrived', phones.uncovered + onProjector.uncovered)
    .set('patch gaps (view re-asked)', traffic.gaps + facilitator.gaps + projector.gaps)
    .set('disconnects', traffic.disconnects);
  if (options.apply) run.set('patch apply errors', traffic.applyErrors);
  run
    .set('server idle CPU (% of a core)', idled.serverCore * 100)
    .set('of it off the main thread (% of a core)', idled.serverOtherThreads * 100)
    .set('server CPU µs / note', measured.cpuMicros / Math.max(1, acked.length))
    .set('server CPU µs / delivered msg', measured.cpuMicros / Math.max(1, delivered))
    .set('server CPU µs / note delivery', measured.cpuMicros / Math.max(1, deliveries))
    .set('delivered msgs / s', delivered / seconds)
    .set('msgs / phone / s', traffic.messages / traffic.bytes.length / seconds)
    .set('KB / phone / s', mean(traffic.bytes) / 1024 / seconds)
    .set('note msg size (B)', mean(phones.markerMessageSizes));
  machineFigures(run, measured);
  return {
    cpuPerMessage: measured.cpuMicros / Math.max(1, delivered),
    messagesPerPhoneSecond: traffic.messages / Math.max(1, traffic.bytes.length) / seconds,
    cpuPerDelivery: measured.cpuMicros / Math.max(1, deliveries),
    deliveryP95: phones.text.percentile(95),
    noteMessageBytes: mean(phones.markerMessageSizes),
  };
}
