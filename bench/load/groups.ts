import { must } from './api.ts';
import { mergeTraffic } from './analysis.ts';
import { newestActivity } from './harness.ts';
import { Window, machineFigures } from './window.ts';
import type { Options } from './options.ts';
import { Run } from './report.ts';
import { joinAndConnect, stage } from './scenarios.ts';
import { histogramOf, mean, now, percentileOf, sleep } from './stats.ts';

/**
 * Groups: N phones in a tree activity; the facilitator forms groups. Measures how long until
 * every phone holds its group's view (`a/<activity>/group:<id>`), and the bytes that cost.
 */
export async function groupsScenario(options: Options): Promise<Run> {
  const run = new Run('groups');
  const s = await stage(options);
  try {
    await must(s.f.command({ type: 'addActivity', kind: 'tree' }), 'addActivity tree');
    const activityId = await newestActivity(s.facilitator, 'tree');
    await must(s.f.command({ type: 'startActivity', activityId }), 'startActivity tree');
    await joinAndConnect(s, run, options);
    await sleep(1000);
    const watch = options.groupView.replaceAll('{activity}', activityId);
    await Promise.all(s.workers.map((w) => w.ask('reset', { watch })));
    s.facilitator.reset();
    s.projector.reset();

    const window = new Window(s.server.pid, s.workers);
    const t0 = now();
    const ack = await s.f.command({ type: 'formGroups' }, activityId);
    const ackMs = now() - t0;
    if (!ack.ok) {
      run.remark(`formGroups refused: ${JSON.stringify(ack.error)}`);
      return run;
    }
    // Bounded: at most 30 s, or 30 ms per phone for very large N.
    const deadline = t0 + Math.max(30_000, options.n * 30);
    let traffic = mergeTraffic(await Promise.all(s.workers.map((w) => w.ask('traffic', null))));
    while (traffic.watchedAt.some((t) => t === null) && now() < deadline) {
      await sleep(250);
      traffic = mergeTraffic(await Promise.all(s.workers.map((w) => w.ask('traffic', null))));
    }
    await sleep(1000);
    const measured = window.end();
    traffic = mergeTraffic(await Promise.all(s.workers.map((w) => w.ask('traffic', null))));

    const times = traffic.watchedAt.filter((t): t is number => t !== null).map((t) => t - t0);
    const each = histogramOf(times);
    const phones = traffic.watchedAt.length;
    if (times.length < phones)
      run.remark(
        `${phones - times.length} phones never held a view matching ${watch}; one phone holds: ${traffic.sampleViews.join(', ')}`,
      );
    run
      .set('formGroups ack (ms)', ackMs)
      .set('phones showing their group', `${times.length}/${phones}`)
      .set('formGroups→every phone (ms)', times.length ? Math.max(...times) : Number.NaN)
      .set('formGroups→phone p50 (ms)', each.percentile(50))
      .set('formGroups→phone p95 (ms)', each.percentile(95))
      .set('KB / phone for regrouping (mean)', mean(traffic.bytes) / 1024)
      .set('KB / phone for regrouping (p95)', percentileOf(traffic.bytes, 95) / 1024)
      .set('msgs / phone', traffic.messages / Math.max(1, phones))
      .set('KB to facilitator', s.facilitator.bytes / 1024)
      .set('patch gaps (view re-asked)', traffic.gaps + s.facilitator.gaps + s.projector.gaps)
      .set('server CPU for regrouping (ms)', measured.cpuMicros / 1000);
    machineFigures(run, measured);
    return run;
  } finally {
    await s.close();
  }
}
