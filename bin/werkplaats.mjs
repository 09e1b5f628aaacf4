#!/usr/bin/env node
// `npx werkplaats …`: runs the built command line (dist/cli) when there is one, otherwise
// builds it from the TypeScript source first (a fresh checkout before `npm run build`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist/cli/werkplaats.js');
if (!fs.existsSync(built)) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'src/cli/werkplaats.ts')],
    outfile: built,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}
await import(pathToFileURL(built).href);
