// Bundles the server into dist/server/main.js, its render worker (DOCX and PDF off the event
// loop) into dist/server/exportWorker.js, and the command line into dist/cli/werkplaats.js.
// Dependencies stay external (node_modules).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['src/server/main.ts'], outfile: 'dist/server/main.js' }),
  build({
    ...common,
    entryPoints: ['src/server/export/renderWorker.ts'],
    outfile: 'dist/server/exportWorker.js',
  }),
  build({ ...common, entryPoints: ['src/cli/werkplaats.ts'], outfile: 'dist/cli/werkplaats.js' }),
]);
