// The server's event-loop delay every 5 s, written to /tmp/eld-<pid>.log: how long a command
// could wait on the server itself, apart from the load generators' own delays. Use:
//   NODE_OPTIONS="--require ./bench/load/loopDelay.cjs" npm run bench:load -- …
// It is preloaded into every process of the run but acts only in dist/server/main.js.
if ((process.argv[1] || '').endsWith('dist/server/main.js')) {
  const { monitorEventLoopDelay } = require('node:perf_hooks');
  const fs = require('node:fs');
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const file = `/tmp/eld-${process.pid}.log`;
  setInterval(() => {
    fs.appendFileSync(
      file,
      `${new Date().toISOString()} p50 ${(h.percentile(50) / 1e6).toFixed(1)} p95 ${(h.percentile(95) / 1e6).toFixed(1)} p99 ${(h.percentile(99) / 1e6).toFixed(1)} max ${(h.max / 1e6).toFixed(1)}\n`,
    );
    h.reset();
  }, 5000).unref();
}
