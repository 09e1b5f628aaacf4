/**
 * The participant's first visit on a slow phone: the join page (`/join/<code>`, as the QR code
 * opens it) in Chromium with the network throttled to 400 kbit/s and the CPU slowed 4x
 * (Chromium DevTools Protocol, as DevTools' throttling does). Prints the bytes transferred
 * (compressed, headers included) per kind of file, and the time until the join form (the name
 * field) is visible; then the same for a second visit, when the hashed assets come from the
 * browser's cache. Runs the server from source on the built client (`npm run build` first, or
 * WERKPLAATS_CLIENT_DIR=<folder> for another build).
 *
 *   npm run bench:throttled -- [runs=3]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext } from 'playwright-core';
import { createApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { bootstrap } from '../src/server/demo/bootstrap.ts';

const runs = Number(process.argv[2] ?? 3);
const clientDir = path.resolve(process.env.WERKPLAATS_CLIENT_DIR ?? 'dist/client');
if (!fs.existsSync(path.join(clientDir, 'participant.html'))) {
  console.error(`No built client in ${clientDir}: run \`npm run build\` first.`);
  process.exit(1);
}

/** 400 kbit/s each way; round trips of venue wifi under load, and DevTools' "Slow 3G". */
const PROFILES = [
  { name: '400 kbit/s, 400 ms RTT', latency: 400 },
  { name: '400 kbit/s, 2 s RTT (DevTools Slow 3G)', latency: 2000 },
];
const BYTES_PER_SECOND = (400 * 1000) / 8;
const CPU_SLOWDOWN = 4;

const config = loadConfig({
  NODE_ENV: 'test',
  WERKPLAATS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'wp-bench-throttled-')),
  WERKPLAATS_DEMO: '1',
  LOG_LEVEL: 'silent',
});
const app = await createApp({ config, clientDir });
const info = await bootstrap(app.ctx);
if (info.mode !== 'demo') throw new Error('demo mode expected');
const joinCode = info.code;
await app.fastify.listen({ port: 0, host: '127.0.0.1' });
const address = app.fastify.server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});

interface Visit {
  readonly ms: number;
  readonly bytes: Record<string, number>;
  readonly encodings: Set<string>;
}

function kindOf(url: string, mime: string): string {
  if (mime.includes('html')) return 'html';
  if (url.endsWith('.js')) return 'js';
  if (url.endsWith('.css')) return 'css';
  if (url.includes('/api/')) return 'api';
  return 'other';
}

/** One visit of the join page in `context` (fresh or warm cache), throttled. */
async function visit(context: BrowserContext, latency: number): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency,
    downloadThroughput: BYTES_PER_SECOND,
    uploadThroughput: BYTES_PER_SECOND,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const responses = new Map<string, { url: string; mime: string; encoding: string }>();
  const bytes: Record<string, number> = {};
  const encodings = new Set<string>();
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(
      Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    responses.set(e.requestId, {
      url: e.response.url,
      mime: e.response.mimeType,
      encoding: headers['content-encoding'] ?? 'identity',
    });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = responses.get(e.requestId);
    if (!r || r.url.includes('/socket.io/')) return;
    const kind = kindOf(r.url, r.mime);
    bytes[kind] = (bytes[kind] ?? 0) + e.encodedDataLength;
    if (kind !== 'api' && e.encodedDataLength > 0) encodings.add(`${kind}:${r.encoding}`);
  });
  const start = performance.now();
  await page.goto(`${url}/join/${joinCode}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.getByLabel('Je naam').waitFor({ state: 'visible', timeout: 120_000 });
  const ms = performance.now() - start;
  // Let late requests (fonts, lazy chunks) finish so the byte count is complete.
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  await page.close();
  return { ms, bytes, encodings };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const total = (v: Visit) => Object.values(v.bytes).reduce((a, b) => a + b, 0);

console.log(
  `Join page /join/<code>, client ${clientDir}, CPU ${CPU_SLOWDOWN}x slower, ${runs} runs`,
);
for (const profile of PROFILES) {
  const first: Visit[] = [];
  const again: Visit[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      locale: 'nl-NL',
    });
    first.push(await visit(context, profile.latency));
    again.push(await visit(context, profile.latency));
    await context.close();
  }
  const sample = first[0]!;
  const parts = Object.entries(sample.bytes)
    .map(([k, n]) => `${k} ${kb(n)}`)
    .join(', ');
  console.log(`\n${profile.name}`);
  console.log(`  first visit: ${kb(total(sample))} transferred (${parts})`);
  console.log(`    encodings: ${[...sample.encodings].sort().join(' ')}`);
  console.log(
    `    join form visible after ${(median(first.map((v) => v.ms)) / 1000).toFixed(2)} s (median; runs: ${first.map((v) => (v.ms / 1000).toFixed(2)).join(', ')})`,
  );
  console.log(
    `  second visit (cached assets): ${kb(total(again[0]!))} transferred; form after ${(median(again.map((v) => v.ms)) / 1000).toFixed(2)} s (median)`,
  );
}

await browser.close();
await app.close();
