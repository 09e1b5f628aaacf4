// Runs a TypeScript file with Node 20 (no type stripping there): bundles it with esbuild into
// .tmp/ inside the repository (so imports resolve from node_modules) and runs the result.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const outfile = path.resolve('.tmp', `${path.basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
  sourcemap: 'inline',
});
const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
