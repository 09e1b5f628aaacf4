// Writes brotli (.br) and gzip (.gz) copies next to the built client's text files, once at build
// time, so the server sends them as they are (@fastify/static `preCompressed`) instead of
// compressing on every request. The build calls it (vite.config.ts, after writing the bundle).
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text that phones download. Source maps are left out: only DevTools reads them. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|txt|webmanifest)$/;
/** Below this, headers outweigh what compression saves. */
export const MIN_BYTES = 256;

/**
 * Compresses one file's content with the strongest settings (this runs once per build, so
 * time is cheap and every byte saved is saved on every phone).
 */
export async function compressBoth(content: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gz };
}

/**
 * Writes `<file>.br` and `<file>.gz` for every compressible file under `dir` (or only `files`,
 * relative to `dir`). A copy that would not be smaller is not written: the server then sends
 * the original. Returns the bytes before and after (brotli) for a summary.
 */
export async function precompress(
  dir: string,
  files?: readonly string[],
): Promise<{ before: number; after: number }> {
  const names = files ?? (await listFiles(dir));
  let before = 0;
  let after = 0;
  await Promise.all(
    names
      // Vite's manifest (.vite/) is read by tools, never sent.
      .filter((name) => COMPRESSIBLE.test(name) && !name.startsWith('.vite'))
      .map(async (name) => {
        const file = path.join(dir, name);
        const content = await fs.readFile(file);
        if (content.length < MIN_BYTES) return;
        const { br, gz } = await compressBoth(content);
        before += content.length;
        after += Math.min(br.length, content.length);
        if (br.length < content.length) await fs.writeFile(`${file}.br`, br);
        if (gz.length < content.length) await fs.writeFile(`${file}.gz`, gz);
      }),
  );
  return { before, after };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}
