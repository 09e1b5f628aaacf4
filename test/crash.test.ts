import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StrengthState } from '../src/activities/strength/schema.ts';
import { connect, cookieHeader, join, type TestServer } from './support/server.ts';

/**
 * "What the server acknowledged survives a crash": a real server process is killed with
 * SIGKILL right after acknowledging commands, then started again on the same file.
 */
let bundle: string;
let dataDir: string;
let child: ChildProcess | null = null;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-crash-'));
  // Inside the repository, so the bundle's external imports resolve from node_modules.
  bundle = path.resolve('.tmp', `crash-${path.basename(dataDir)}.mjs`);
  await build({
    entryPoints: ['src/server/main.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
});

afterAll(() => {
  child?.kill('SIGKILL');
  fs.rmSync(bundle, { force: true });
});

/** Starts the real entry point in demo mode; resolves with the URL and the printed banner. */
function startProcess(): Promise<{ url: string; banner: string }> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [bundle], {
      cwd: path.resolve('.'),
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        WERKPLAATS_DATA_DIR: dataDir,
        WERKPLAATS_DEMO: '1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running on (http:\/\/\S+)/.exec(out);
      if (match?.[1] && out.includes('Join code')) {
        clearTimeout(timer);
        resolve({ url: match[1].replace('localhost', '127.0.0.1'), banner: out });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  });
}

describe('crash safety', () => {
  it('keeps every acknowledged note after SIGKILL, and the same join code and login after restart', async () => {
    const first = await startProcess();
    const fake = { url: first.url } as TestServer;
    const code = /projector\/([A-Z0-9]+)/.exec(first.banner)?.[1] ?? '';
    const workshopId = /console\/([\w-]+)/.exec(first.banner)?.[1] ?? '';

    const login = await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: first.url },
      body: JSON.stringify({ email: 'demo@werkplaats.test', password: 'werkplaats-demo' }),
    });
    const cookie = cookieHeader(login.headers.getSetCookie());
    const facilitator = await connect(fake, { role: 'facilitator', workshopId }, cookie);
    const hello = await facilitator.hello(null);
    const activities =
      hello.ok && hello.sync.kind === 'snapshot' ? Object.values(hello.sync.state.activities) : [];
    const activityId = activities.find((a) => a.kind === 'strength')?.id ?? '';
    await facilitator.cmd(null, { type: 'startActivity', activityId });

    const anna = await join(fake as TestServer, code, 'Anna', 'formal');
    const phone = await connect(fake, { role: 'participant', workshopId, token: anna.token });
    await phone.hello(null);
    const acknowledged: string[] = [];
    for (let i = 0; i < 20; i++) {
      const ack = await phone.cmd(activityId, { type: 'addNote', text: `briefje ${i}` });
      if (ack.ok) acknowledged.push(`briefje ${i}`);
    }
    child?.kill('SIGKILL'); // no shutdown hook runs
    phone.disconnect();
    facilitator.disconnect();
    await new Promise((resolve) => child?.once('exit', resolve));

    const second = await startProcess();
    expect(second.banner).toContain(`projector/${code}`);
    const again = await connect({ url: second.url } as TestServer, {
      role: 'participant',
      workshopId,
      token: anna.token,
    });
    const ack = await again.hello(null);
    again.disconnect();
    expect(ack.ok).toBe(true);
    if (!ack.ok || ack.sync.kind !== 'snapshot') return;
    const notes = Object.values(
      (ack.sync.state.activities[activityId]?.state as StrengthState).notes,
    ).map((n) => n.text);
    expect(acknowledged).toHaveLength(20);
    expect(notes.sort()).toEqual(acknowledged.sort());
  });
});
