import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../src/domain/errors.ts';
import type { ReportDocument } from '../src/domain/reportDocument/document.ts';
import { FIXTURE } from '../src/server/export/fixture.ts';
import { NO_PHOTOS } from '../src/server/export/photos.ts';
import { builtWorkerScript, RenderPool } from '../src/server/export/renderPool.ts';

/**
 * The render worker as the built server runs it: bundled like `npm run build:server` does,
 * into a folder inside the repository (so its packages resolve), then driven through the pool.
 */
const dir = path.resolve('.tmp', `render-worker-${process.pid}`);
const script = pathToFileURL(path.join(dir, 'exportWorker.js'));
let pool: RenderPool;

beforeAll(async () => {
  await build({
    entryPoints: ['src/server/export/renderWorker.ts'],
    outfile: path.join(dir, 'exportWorker.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  pool = new RenderPool(script);
}, 60_000);

afterAll(async () => {
  await pool?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const WORDS = { contents: 'Inhoud' };

/** A long report: hundreds of pages of lists, so making it takes a while. */
function longReport(): ReportDocument {
  const items = Array.from({ length: 400 }, (_, i) => `Bijdrage ${i + 1}: ${'woord '.repeat(20)}`);
  const sections = Array.from({ length: 8 }, (_, i) => ({
    id: `s${i}`,
    kind: 'block' as const,
    level: 2 as const,
    title: `Onderdeel ${i + 1}`,
    blocks: [{ type: 'list' as const, items }],
  }));
  return { ...FIXTURE, sections };
}

describe('the render worker: DOCX and PDF made off the event loop', () => {
  it('makes the same kinds of files as the main thread', async () => {
    const pdf = await pool.render('pdf', FIXTURE, WORDS, NO_PHOTOS);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const docx = await pool.render('docx', FIXTURE, WORDS, NO_PHOTOS);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('keeps the main thread free while it works', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const pdf = await pool.render('pdf', longReport(), WORDS, NO_PHOTOS);
    clearInterval(timer);
    expect(pdf.length).toBeGreaterThan(100_000);
    // On the main thread the layout would hold every tick back until it was done.
    expect(ticks).toBeGreaterThan(3);
  });

  it('answers a refusal with its code, and goes on with the next file', async () => {
    const refused = await pool.render('xlsx', FIXTURE, WORDS, NO_PHOTOS).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('WP_ERR_VALIDATION');
    const pdf = await pool.render('pdf', FIXTURE, WORDS, NO_PHOTOS);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('is used only where it was built: from the sources the files are made in-process', () => {
    expect(builtWorkerScript(pathToFileURL(path.resolve('src/server/main.ts')).href)).toBeNull();
    expect(builtWorkerScript(pathToFileURL(path.join(dir, 'main.js')).href)?.href).toBe(
      script.href,
    );
  });
});
