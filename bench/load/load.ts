/**
 * Load benchmark: the real built server (dist/server/main.js) in its own process on core 0,
 * load generators (child processes speaking protocol 2, over a lean Socket.IO client on `ws` or
 * socket.io-client: `--client`) on core 1.
 * Scenarios: notes (a: writing phase, b: share while writing), join storm, groups, and a bare
 * Socket.IO broadcast server as the yardstick. See bench/load/README.md.
 *
 *   npm run bench:load -- [--n=1000] [--rate=20] [--seconds=30] [--scenarios=notes,storm,groups,bare]
 */
import fs from 'node:fs';
import os from 'node:os';
import { bareScenario, type Reference } from './bare.ts';
import { bareArg, workerArg } from './roles.ts';
import { runBareServer } from './bareServer.ts';
import { groupsScenario } from './groups.ts';
import { parseOptions, type Options } from './options.ts';
import { canPin, fileSystemOf, openFilesLimit, pinSelf } from './procs.ts';
import { line, markdownTable, writeJson, type Run } from './report.ts';
import { notesScenario } from './scenarios.ts';
import { stormScenario } from './storm.ts';
import { runWorker } from './worker.ts';

/** The figures each run's one-line summary shows. */
const LINE = [
  'phones connected',
  'connect all N (s)',
  'server RSS per phone (KB)',
  'submit→ack p95 (ms)',
  'server read→ack p95 (ms)',
  'submit→projector (text) p95 (ms)',
  'submit→projector (count) p95 (ms)',
  'submit→every reader phone p95 (ms)',
  'submit→every count phone p95 (ms)',
  'lost (note×phone)',
  'duplicated',
  'text leaked to count-only',
  'server CPU µs / note',
  'server CPU µs / delivered msg',
  'join→facilitator list p95 (ms)',
  'KB / phone (mean)',
  'formGroups→every phone (ms)',
  'KB / phone for regrouping (mean)',
  'ratio CPU µs / delivered msg',
  'ratio RSS per phone',
  'ratio connect all N',
  'ratio delivery p95',
  'server CPU (% of a core)',
  'load generators CPU (% of a core)',
  'server waited for a core (% of time)',
  'machine load average (1 min)',
];

async function main(options: Options): Promise<void> {
  if (!fs.existsSync(options.server)) {
    console.error(`${options.server} is missing: build the server first (npm run build:server).`);
    process.exit(2);
  }
  const files = openFilesLimit();
  if (files < options.n + 200)
    console.warn(
      `open files limit ${files} < ${options.n + 200}: raise it (ulimit -Hn, /etc/security/limits.conf)`,
    );
  if (!canPin) console.warn('taskset or a second core is missing: processes are not pinned');
  pinSelf(1, options.nice);
  const built = fs.statSync(options.server).mtime.toISOString();
  console.log(
    `load benchmark ${new Date().toISOString()}: N=${options.n}, ${options.rate} notes/s for ${options.seconds} s, ` +
      `${options.workers} load generator(s) (${options.client} client), batch ${options.batchMs ?? 'default'} ms, nice ${options.nice}\n` +
      `  server ${options.server} (built ${built}) on core 0, load on core 1; ${os.cpus().length} cores ` +
      `${os.cpus()[0]?.model ?? ''}, node ${process.version}; data in ${options.dataDir} (${fileSystemOf(options.dataDir)}); ` +
      `load average ${os.loadavg()[0]?.toFixed(1)}`,
  );
  const runs: Run[] = [];
  const report = (run: Run) => {
    runs.push(run);
    console.log(line(run, LINE));
  };
  let reference: Reference | null = null;
  let failed = false;
  for (const scenario of options.scenarios) {
    try {
      if (scenario === 'notes') {
        for (const variant of options.variants) {
          const { run, figures } = await notesScenario(variant, options);
          report(run);
          // Bare broadcasts every note to everyone: variant b is the like-for-like reference.
          if (figures && (variant === 'b' || !reference))
            reference = { name: run.name, ...figures };
        }
      } else if (scenario === 'storm') report(await stormScenario(options));
      else if (scenario === 'groups') report(await groupsScenario(options));
      else report(await bareScenario(options, reference, scenario === 'bare-paced'));
    } catch (error) {
      failed = true;
      console.error(
        `[${scenario}] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
  console.log(`\n${markdownTable(runs)}`);
  if (options.json) writeJson(options.json, { options, at: new Date().toISOString() }, runs);
  process.exit(failed ? 1 : 0);
}

const role = process.argv[2] ?? '';
if (workerArg(role) !== null) runWorker(workerArg(role) ?? 0);
else if (bareArg(role) !== null) runBareServer(bareArg(role) ?? 0);
else
  await main(parseOptions(process.argv.slice(2))).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
