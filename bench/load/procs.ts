import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/**
 * Processes of the benchmark and what the kernel says about them. The server (and the bare
 * Socket.IO server) run on core 0; the load generators and this process on core 1, so the
 * server's CPU time is its own and the clients never steal it.
 */

const TASKSET = '/usr/bin/taskset';
export const canPin = fs.existsSync(TASKSET) && os.cpus().length >= 2;

/** `--nice`: on a shared machine, a negative niceness (root) keeps other programs' turns short. */
let niceness = 0;

/** Moves this process to a core (the orchestrator sits with the load generators). */
export function pinSelf(core: number, nice: number): void {
  niceness = nice;
  if (nice !== 0)
    execFileSync('renice', ['-n', String(nice), '-p', String(process.pid)], { stdio: 'ignore' });
  if (canPin)
    execFileSync(TASKSET, ['-pc', String(core), String(process.pid)], { stdio: 'ignore' });
}

/**
 * Starts `node <args>` pinned to a core, with the open-files limit raised to the hard limit
 * (a thousand sockets need a thousand descriptors). `exec` keeps the pid: the pid we get is
 * node's own, so /proc/<pid> is the process we measure.
 */
export function spawnPinned(
  core: number,
  args: readonly string[],
  options: {
    env?: NodeJS.ProcessEnv;
    ipc?: boolean;
    stdout?: 'pipe' | 'inherit';
    stderr?: 'pipe' | 'inherit';
  } = {},
): ChildProcess {
  const pin = [
    ...(niceness !== 0 ? ['nice', '-n', String(niceness)] : []),
    ...(canPin ? [TASKSET, '-c', String(core)] : []),
  ];
  return spawn(
    'sh',
    [
      '-c',
      'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$@"',
      'sh',
      ...pin,
      process.execPath,
      ...args,
    ],
    {
      env: options.env ?? process.env,
      stdio: [
        'ignore',
        options.stdout ?? 'inherit',
        options.stderr ?? 'inherit',
        ...(options.ipc ? ['ipc' as const] : []),
      ],
    },
  );
}

export function openFilesLimit(): number {
  try {
    return Number(execFileSync('sh', ['-c', 'ulimit -Hn'], { encoding: 'utf8' }).trim());
  } catch {
    return Number.NaN;
  }
}

/** Resident memory in bytes (VmRSS). */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  return Number(kb ?? Number.NaN) * 1024;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU time of a process in microseconds (/proc/<pid>/stat, clock ticks). */
export function cpuMicrosOf(pid: number): number {
  const { user, system } = cpuTimesOf(`/proc/${pid}/stat`);
  return user + system;
}

/** User and kernel CPU (µs) from a /proc stat file (a process's or one thread's). */
function cpuTimesOf(file: string): { user: number; system: number } {
  const stat = fs.readFileSync(file, 'utf8');
  // The command name may hold spaces; the fields we want come after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const toMicros = (ticks: string | undefined) => (Number(ticks) * 1e6) / CLOCK_TICKS;
  return { user: toMicros(fields[11]), system: toMicros(fields[12]) };
}

/**
 * Where a process's CPU went (µs): user or kernel time, and its main thread (JavaScript, the
 * sockets' system calls) or its other threads (V8's garbage collection and compilers,
 * libuv's pool). A JavaScript CPU profile sees only the main thread's JavaScript.
 */
export function cpuBreakdownOf(pid: number) {
  const all = cpuTimesOf(`/proc/${pid}/stat`);
  const main = cpuTimesOf(`/proc/${pid}/task/${pid}/stat`);
  return {
    user: all.user,
    system: all.system,
    mainThread: main.user + main.system,
    mainSystem: main.system,
    otherThreads: all.user + all.system - main.user - main.system,
  };
}

/**
 * How long the process's main thread was runnable but waiting for a core, in ms
 * (/proc/<pid>/schedstat). Time waited is time another program (or thread) had the core:
 * latency measured meanwhile is not the server's own.
 */
export function runQueueWaitMsOf(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** Busy and total jiffies of each core (/proc/stat), to tell whether a core was saturated. */
export function coreTimes(): { busy: number; total: number }[] {
  const lines = fs.readFileSync('/proc/stat', 'utf8').split('\n');
  return lines
    .filter((l) => /^cpu\d+ /.test(l))
    .map((l) => {
      const v = l.trim().split(/\s+/).slice(1).map(Number);
      const idle = (v[3] ?? 0) + (v[4] ?? 0);
      const total = v.reduce((a, b) => a + b, 0);
      return { busy: total - idle, total };
    });
}

/** Percent busy per core between two `coreTimes()` readings. */
export function coreBusy(
  before: { busy: number; total: number }[],
  after: { busy: number; total: number }[],
): number[] {
  return after.map((a, i) => {
    const b = before[i];
    if (!b || a.total === b.total) return Number.NaN;
    return (100 * (a.busy - b.busy)) / (a.total - b.total);
  });
}

/** Resolves with the child's stdout once `pattern` matched it (or rejects on exit/timeout). */
export function waitForOutput(
  child: ChildProcess,
  done: (out: string) => boolean,
  timeoutMs = 30_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`no start-up line in time:\n${out}`)),
      timeoutMs,
    );
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`process exited (${code}) before it was ready:\n${out}`));
    };
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!done(out)) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve(out);
    });
  });
}

/** Stops a child we started and waits for it to go. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The file system type of a folder (ext4, tmpfs…), for the header. */
export function fileSystemOf(dir: string): string {
  try {
    return execFileSync('stat', ['-f', '-c', '%T', dir], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
