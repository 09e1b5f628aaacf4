import os from 'node:os';
import type { WorkerHandle } from './messages.ts';
import {
  coreBusy,
  coreTimes,
  cpuBreakdownOf,
  cpuMicrosOf,
  rssOf,
  runQueueWaitMsOf,
} from './procs.ts';
import type { Run } from './report.ts';
import { now } from './stats.ts';

/** Server CPU and core load over a window. */
export class Window {
  private readonly parts0: ReturnType<typeof cpuBreakdownOf>;
  private readonly clientCpu0: number;
  private readonly wait0: number;
  private readonly clientWait0: number[];
  private readonly cores0 = coreTimes();
  readonly startedAt = now();

  /** `clients`: the load generators' pids (this process is counted too). */
  constructor(
    private readonly pid: number,
    private readonly clients: readonly WorkerHandle[],
  ) {
    this.parts0 = cpuBreakdownOf(pid);
    this.clientCpu0 = this.clientCpu();
    this.wait0 = runQueueWaitMsOf(pid);
    this.clientWait0 = this.clientPids().map(runQueueWaitMsOf);
  }

  end() {
    const ms = now() - this.startedAt;
    const parts = cpuBreakdownOf(this.pid);
    const micros = (key: keyof typeof parts) => parts[key] - this.parts0[key];
    const share = (key: keyof typeof parts) => micros(key) / 1000 / ms;
    const cpuMicros = micros('user') + micros('system');
    const clientMicros = this.clientCpu() - this.clientCpu0;
    const clientWaits = this.clientPids().map(
      (pid, i) => runQueueWaitMsOf(pid) - (this.clientWait0[i] ?? 0),
    );
    return {
      /** Share of the window the server's main thread was ready to run but had no core. */
      serverWaited: (runQueueWaitMsOf(this.pid) - this.wait0) / ms,
      /** The same for the load generator that waited most. */
      clientWaited: Math.max(...clientWaits.filter((w) => Number.isFinite(w))) / ms,
      cpuMicros,
      ms,
      /** Share of one core the server used, and the load generators (with this process). */
      serverCore: cpuMicros / 1000 / ms,
      /** The same, split: kernel time, the main thread's kernel time, and the other threads. */
      serverSystem: share('system'),
      serverMainSystem: share('mainSystem'),
      serverOtherThreads: share('otherThreads'),
      clientCore: clientMicros / 1000 / ms,
      /** Whole-machine busy per core: other programs on the machine show up here. */
      coreBusy: coreBusy(this.cores0, coreTimes()),
      rss: rssOf(this.pid),
    };
  }

  private clientPids(): number[] {
    return [process.pid, ...this.clients.map((w) => w.child.pid ?? 0)];
  }

  private clientCpu(): number {
    let sum = 0;
    for (const pid of this.clientPids()) {
      try {
        sum += cpuMicrosOf(pid);
      } catch {
        // A load generator that is gone counts nothing.
      }
    }
    return sum;
  }
}

/** The figures every measuring window reports about the machine. */
export function machineFigures(run: Run, measured: ReturnType<Window['end']>): void {
  run
    .set('server CPU (% of a core)', measured.serverCore * 100)
    .set('server CPU in the kernel (% of a core)', measured.serverSystem * 100)
    .set('of it the main thread (% of a core)', measured.serverMainSystem * 100)
    .set('server CPU off the main thread (% of a core)', measured.serverOtherThreads * 100)
    .set('load generators CPU (% of a core)', measured.clientCore * 100)
    .set('server waited for a core (% of time)', measured.serverWaited * 100)
    .set('a load generator waited for a core (% of time, most)', measured.clientWaited * 100)
    .set(
      'core 0 / core 1 busy, all programs (%)',
      `${Math.round(measured.coreBusy[0] ?? NaN)} / ${Math.round(measured.coreBusy[1] ?? NaN)}`,
    )
    .set('machine load average (1 min)', os.loadavg()[0] ?? NaN);
}
