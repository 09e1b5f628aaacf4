import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { cookieHeader } from './server.ts';

/**
 * The real `npm start` entry point in a process of its own, for what one process cannot show
 * (a crash) or should not measure from inside (a benchmark's load).
 */

/** Bundles src/server/main.ts into .tmp (inside the repository, so node_modules resolve). */
export async function buildServerBundle(name: string): Promise<string> {
  const bundle = path.resolve('.tmp', `${name}.mjs`);
  await build({
    entryPoints: ['src/server/main.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  return bundle;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly banner: string;
  /** The demo workshop's id and join code, read off the start banner. */
  readonly workshopId: string;
  readonly code: string;
}

/** Starts the bundle in demo mode on a free port; resolves once it printed its banner. */
export function startServerProcess(options: {
  bundle: string;
  dataDir: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.bundle], {
    cwd: path.resolve('.'),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      WERKPLAATS_DATA_DIR: options.dataDir,
      WERKPLAATS_DEMO: '1',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running on (http:\/\/\S+)/.exec(out)?.[1];
      if (!url || !out.includes('Join code')) return;
      clearTimeout(timer);
      resolve({
        child,
        url: url.replace('localhost', '127.0.0.1'),
        banner: out,
        workshopId: /console\/([\w-]+)/.exec(out)?.[1] ?? '',
        code: /projector\/([A-Z0-9]+)/.exec(out)?.[1] ?? '',
      });
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  });
}

/** Signs in with the demo account; returns the cookie header for a facilitator socket. */
export async function demoSignIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: 'demo@werkplaats.test', password: 'werkplaats-demo' }),
  });
  return cookieHeader(response.headers.getSetCookie());
}

/** Removes the bundle when done. */
export function removeBundle(bundle: string): void {
  fs.rmSync(bundle, { force: true });
}
