/**
 * Realtime benchmark: the real server (the `npm start` entry, demo mode, a fresh SQLite file
 * with synchronous=FULL) in its own process, and in this process N phones over real sockets
 * writing notes into "De kracht van de ander", plus a projector watching.
 * Prints: acknowledged commands per second, ack latency (p50/p95/p99), and the time until
 * every connection has received an event (p50/p95), with phones on their batch interval.
 *
 *   npm run bench:realtime -- [phones=60] [notesEach=10]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connect, join, type TestServer, type TestSocket } from '../test/support/server.ts';
import {
  buildServerBundle,
  demoSignIn,
  startServerProcess,
} from '../test/support/serverProcess.ts';

const phones = Number(process.argv[2] ?? 60);
const notesEach = Number(process.argv[3] ?? 10);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-bench-'));
const proc = await startServerProcess({
  bundle: await buildServerBundle('bench-server'),
  dataDir,
  // BENCH_PROFILE=1 writes a CPU profile of the server to .tmp/prof.
  nodeArgs: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=.tmp/prof'] : [],
  env: { WERKPLAATS_PARTICIPANT_BATCH_MS: '100', WERKPLAATS_JOIN_RATE_PER_MINUTE: '100000' },
});
const server = { url: proc.url } as TestServer;
const console_ = await connect(
  server,
  { role: 'facilitator', workshopId: proc.workshopId },
  await demoSignIn(proc.url),
);
await console_.hello();
const activityId =
  Object.values(console_.workshop()?.activities ?? {}).find((a) => a.kind === 'strength')?.id ?? '';
await console_.cmd(null, { type: 'startActivity', activityId });
const f = { code: proc.code, workshopId: proc.workshopId, activityId };

const sockets: TestSocket[] = [];
for (let i = 0; i < phones; i++) {
  const p = await join(server, f.code, `P${i}`, i % 2 === 0 ? 'formal' : 'informal');
  const s = await connect(server, {
    role: 'participant',
    workshopId: f.workshopId,
    token: p.token,
  });
  await s.hello();
  sockets.push(s);
}
const projector = await connect(server, { role: 'projector', code: f.code });
await projector.hello();
const everyone = [...sockets, projector];

// For each connection: when its views reached each log position (a patch's `to`). In the
// writing phase every connection's view changes with every note: the note itself for the
// author's side, the guarded count of unread notes for the other side and the projector.
const arrivals = new Map<TestSocket, { upTo: number; at: number }[]>();
const reached = new Map<TestSocket, number>();
for (const s of everyone) {
  const list: { upTo: number; at: number }[] = [];
  arrivals.set(s, list);
  s.on('patch', ({ to }: { to: number }) => {
    list.push({ upTo: to, at: performance.now() });
    reached.set(s, Math.max(reached.get(s) ?? 0, to));
  });
}

const ackLatency: number[] = [];
const ackedAt = new Map<number, number>();
const started = performance.now();
await Promise.all(
  sockets.map(async (s, i) => {
    for (let n = 0; n < notesEach; n++) {
      const t0 = performance.now();
      const ack = await s.cmd(f.activityId, {
        type: 'addNote',
        text: `Briefje ${n} van deelnemer ${i}`,
      });
      const t1 = performance.now();
      ackLatency.push(t1 - t0);
      if (ack.ok) ackedAt.set(ack.lastSeq, t1);
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
const lastSeq = Math.max(...ackedAt.keys());
// Counts under 3 do not change per note, so a connection may stop short of the very last seq.
await Promise.all(
  everyone.map((s) => s.waitUntil(() => (reached.get(s) ?? 0) >= lastSeq - 2, 30_000)),
);

// Fan-out: from the ack of seq N until every connection has been brought to at least N.
const fanout: number[] = [];
for (const [seq, acked] of ackedAt) {
  const reachedAll = Math.max(
    ...everyone.map((s) => arrivals.get(s)?.find((a) => a.upTo >= seq)?.at ?? Number.NaN),
  );
  if (Number.isFinite(reachedAll)) fanout.push(Math.max(0, reachedAll - acked));
}

const total = phones * notesEach;
console.log(
  `realtime benchmark: ${phones} phones × ${notesEach} notes = ${total} commands; server in its own process, SQLite synchronous=FULL`,
);
console.log(
  `  throughput:    ${(total / elapsed).toFixed(0)} acknowledged commands/s (${elapsed.toFixed(2)} s)`,
);
console.log(
  `  ack latency:   p50 ${percentile(ackLatency, 50).toFixed(1)} ms · p95 ${percentile(ackLatency, 95).toFixed(1)} ms · p99 ${percentile(ackLatency, 99).toFixed(1)} ms`,
);
console.log(
  `  fan-out (ack → all ${everyone.length} connections have it): p50 ${percentile(fanout, 50).toFixed(1)} ms · p95 ${percentile(fanout, 95).toFixed(1)} ms`,
);
const messages = sockets.reduce(
  (n, s) => n + s.wire.filter((w) => w.startsWith('patch:')).length,
  0,
);
console.log(
  `  phone messages: ${(messages / phones).toFixed(1)} per phone for ${total} events (batched every 100 ms)`,
);

for (const s of everyone) s.disconnect();
console_.disconnect();
proc.child.kill('SIGTERM');
process.exit(0);
