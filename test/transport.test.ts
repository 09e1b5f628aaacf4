import fs from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../scripts/precompress.ts';
import { createApp, type App } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';

/**
 * How the server sends the built client: compressed as the build wrote it, cached for a year
 * when the name has a hash and never when it is a page, a page for unknown addresses and JSON
 * under /api; and its request log, quiet unless asked. Runs on a small client built here with
 * the build's own compression step (scripts/precompress.ts), so it needs no `npm run build`.
 */
const JS = 'participant-Ab12Cd34.js';
const CSS = 'participant-Ef56Gh78.css';

function fakeClient(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-client-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  const page = (name: string) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${name}</title>` +
    `<script type="module" src="/assets/${JS}"></script><link rel="stylesheet" href="/assets/${CSS}">` +
    `</head><body><div id="app"></div>${'<!-- room for the page to compress -->'.repeat(10)}</body></html>`;
  for (const name of ['participant', 'projector', 'console'])
    fs.writeFileSync(path.join(dir, `${name}.html`), page(name));
  const script = Array.from({ length: 200 }, (_, i) => `export const line${i} = 'deelnemer ${i}';`);
  fs.writeFileSync(path.join(dir, 'assets', JS), script.join('\n'));
  fs.writeFileSync(path.join(dir, 'assets', `${JS}.map`), '{"version":3}'.padEnd(2000, ' '));
  fs.writeFileSync(path.join(dir, 'assets', CSS), '.wp-card { padding: 1rem; }\n'.repeat(50));
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(
  options: { logLevel?: string; logs?: string[] } = {},
): Promise<{ url: string; clientDir: string }> {
  const clientDir = fakeClient();
  await precompress(clientDir);
  const config = loadConfig({
    NODE_ENV: 'test',
    WERKPLAATS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'wp-test-')),
    WERKPLAATS_DEMO: '0',
    LOG_LEVEL: options.logLevel ?? 'silent',
  });
  const logs = options.logs;
  const logStream = logs
    ? new Writable({
        write(chunk: Buffer, _encoding, done) {
          logs.push(...chunk.toString().split('\n').filter(Boolean));
          done();
        },
      })
    : undefined;
  app = await createApp({ config, clientDir, ...(logStream ? { logStream } : {}) });
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, clientDir };
}

interface Raw {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The body as sent, and decompressed. */
  readonly sent: Buffer;
  readonly text: string;
}

/** A GET that shows the bytes on the wire (fetch would decompress them out of sight). */
function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const sent = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const plain =
          encoding === 'br'
            ? brotliDecompressSync(sent)
            : encoding === 'gzip'
              ? gunzipSync(sent)
              : sent;
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          sent,
          text: plain.toString(),
        });
      });
    }).on('error', reject);
  });
}

const CHROMIUM = { 'accept-encoding': 'gzip, deflate, br, zstd' };

describe('the build writes compressed copies (scripts/precompress.ts)', () => {
  it('brotli and gzip beside pages, scripts and styles; none for source maps or tiny files', () => {
    const dir = fakeClient();
    return precompress(dir).then(() => {
      for (const file of ['participant.html', `assets/${JS}`, `assets/${CSS}`]) {
        expect(fs.existsSync(path.join(dir, `${file}.br`)), file).toBe(true);
        expect(fs.existsSync(path.join(dir, `${file}.gz`)), file).toBe(true);
      }
      expect(fs.existsSync(path.join(dir, `assets/${JS}.map.br`))).toBe(false);
      expect(fs.existsSync(path.join(dir, 'favicon.svg.br'))).toBe(false);
    });
  });
});

describe('pages and assets go out compressed and cached right', () => {
  it('the join page: brotli for Chromium, gzip when only gzip is accepted, never cached', async () => {
    const { url, clientDir } = await start();
    const original = fs.readFileSync(path.join(clientDir, 'participant.html'), 'utf8');
    const br = await raw(`${url}/join/ABC123`, CHROMIUM);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.text).toBe(original);
    expect(br.sent.length).toBeLessThan(original.length / 2);

    const gzip = await raw(`${url}/join/ABC123`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toBe(original);

    const plain = await raw(`${url}/join/ABC123`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(original);
    const refused = await raw(`${url}/`, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('its script and style: the build’s copies, cached for a year as immutable', async () => {
    const { url, clientDir } = await start();
    for (const file of [JS, CSS]) {
      const original = fs.readFileSync(path.join(clientDir, 'assets', file), 'utf8');
      const br = await raw(`${url}/assets/${file}`, CHROMIUM);
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(file.endsWith('.js') ? /javascript/ : /text\/css/);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers.vary).toContain('accept-encoding');
      expect(br.sent).toEqual(fs.readFileSync(path.join(clientDir, 'assets', `${file}.br`)));
      expect(br.text).toBe(original);
      const gzip = await raw(`${url}/assets/${file}`, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gzip.text).toBe(original);
    }
    const favicon = await raw(`${url}/favicon.svg`, CHROMIUM);
    expect(favicon.headers['cache-control']).toBe('public, max-age=86400');
  });
});

describe('unknown addresses', () => {
  it('outside /api: a page in Dutch with a way back, 404', async () => {
    const { url } = await start();
    const page = await raw(`${url}/bestaat/niet?x=1`, CHROMIUM);
    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.text).toContain('<html lang="nl" dir="ltr">');
    expect(page.text).toContain('Deze pagina bestaat niet');
    expect(page.text).toContain('<a class="primary" href="/">Meedoen met een werkplaats</a>');
    expect(page.text).toContain('href="/login"');
    expect(page.text).not.toContain('<script');
  });

  it('in the browser’s language when we have it, else Dutch', async () => {
    const { url } = await start();
    const english = await raw(`${url}/nope`, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.status).toBe(404);
    expect(english.text).toContain('<html lang="en" dir="ltr">');
    expect(english.text).toContain('This page does not exist');
    const arabic = await raw(`${url}/nope`, { 'accept-language': 'ar' });
    expect(arabic.text).toContain('Deze pagina bestaat niet');
  });

  it('under /api: the coded JSON error, as before', async () => {
    const { url } = await start();
    for (const address of ['/api/unknown', '/api', '/api/join/ABC123/unknown/deeper']) {
      const res = await raw(`${url}${address}`, CHROMIUM);
      expect(res.status, address).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(res.text)).toMatchObject({
        ok: false,
        error: { code: 'WP_ERR_NOT_FOUND', message: expect.any(String) },
      });
    }
  });

  it('a missing asset is a 404, not a page in place of a script', async () => {
    const { url } = await start();
    const res = await raw(`${url}/assets/gone-Zz99Yy88.js`, CHROMIUM);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).not.toMatch(/html/);
  });
});

describe('request log', () => {
  it('at info: no line per request, one summary (on close, else once a minute)', async () => {
    const logs: string[] = [];
    const { url } = await start({ logLevel: 'info', logs });
    await raw(`${url}/join/ABC123`);
    await raw(`${url}/nope`);
    await raw(`${url}/api/health`);
    const before = logs.length;
    await app?.close();
    app = undefined;
    const lines = logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.msg === 'request' || l.msg === 'incoming request')).toEqual([]);
    const summaries = lines.filter((l) => typeof l.requests === 'number');
    expect(summaries).toEqual([
      expect.objectContaining({ level: 30, requests: 3, refused: 1, errors: 0 }),
    ]);
    expect(before).toBeLessThan(logs.length);
  });

  it('at debug: every request by route pattern, never its secret URL', async () => {
    const logs: string[] = [];
    const { url } = await start({ logLevel: 'debug', logs });
    const secret = 'a'.repeat(43);
    await raw(`${url}/signin/${secret}`);
    const requests = logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({ level: 20, method: 'GET', route: '/signin/:token', status: 200 }),
    ]);
    expect(logs.join('\n')).not.toContain(secret);
  });
});
