/** The bundle runs as orchestrator, load generator (`--worker=<i>`) or bare server (`--bare-server=<bytes>`). */
export function workerArg(arg: string): number | null {
  const m = /^--worker=(\d+)$/.exec(arg);
  return m ? Number(m[1]) : null;
}

export function bareArg(arg: string): number | null {
  const m = /^--bare-server=(\d+)$/.exec(arg);
  return m ? Number(m[1]) : null;
}
