import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/precompress.ts';

/**
 * Server-only code never ships to phones (docs/decisions/0008-server-only-code.md): in the
 * browser build, an activity's or the domain's `decide.ts`, `view.ts`, `report.ts` (and
 * `reportActions.ts`, `reportConclusion.ts`), `records.ts`, `references.ts` and `timers.ts` become stubs that throw, so what only they import (Yjs for merging, date
 * helpers, their own logic) leaves the bundle; and `zod` becomes an inert placeholder, because
 * browsers never validate commands. Tests and the server run the real modules.
 */
const SERVER_ONLY =
  /\/src\/(activities\/[^/]+|domain\/[^/]+)\/(decide|evolve|migrate|redact|view|report|reportActions|reportConclusion|records|references|seed|timers)\.ts$/;

function serverOnlyStubs(): Plugin {
  return {
    name: 'werkplaats-server-only',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!SERVER_ONLY.test(id.split('?')[0] ?? '')) return null;
      const names = new Set<string>();
      for (const m of code.matchAll(
        /export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/g,
      )) {
        if (m[1]) names.add(m[1]);
      }
      for (const m of code.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const part of (m[1] ?? '').split(',')) {
          const name = part
            .split(/\s+as\s+/)
            .pop()
            ?.trim();
          if (name && !part.trim().startsWith('type ')) names.add(name);
        }
      }
      const stub = [...names].map(
        (n) => `export function ${n}() { throw new Error('${n} runs on the server only'); }`,
      );
      return { code: stub.join('\n') || 'export {};', map: null };
    },
  };
}

/**
 * Brotli and gzip copies of every page, script and style sheet, written once after the build;
 * the server sends them as they are (src/server/http/pages.ts). Phones on venue wifi get a
 * quarter of the bytes, and the server spends no CPU compressing per request.
 */
function precompressed(): Plugin {
  return {
    name: 'werkplaats-precompress',
    apply: 'build',
    enforce: 'post',
    async writeBundle(options, bundle) {
      if (options.dir) await precompress(options.dir, Object.keys(bundle));
    },
  };
}

/**
 * Three pages, three bundles: a phone downloads only the participant page and the views of
 * the activities it shows. `npm run dev:client` proxies the API to a server on port 3000.
 */
export default defineConfig({
  root: 'src/client',
  plugins: [preact(), serverOnlyStubs(), precompressed()],
  resolve: {
    alias:
      process.env.VITEST === undefined
        ? [
            {
              find: /^zod$/,
              replacement: fileURLToPath(new URL('./scripts/browser/zod.ts', import.meta.url)),
            },
          ]
        : [],
  },
  build: {
    outDir: '../../dist/client',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: true,
    manifest: true,
    rollupOptions: {
      // The brotli step takes most of the build on purpose (maximum quality, once per build):
      // no warning about slow plugins for it.
      checks: { bundlerTimings: false },
      input: {
        participant: 'src/client/participant.html',
        projector: 'src/client/projector.html',
        console: 'src/client/console.html',
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/j': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
});
