import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../src/domain/errors.ts';
import { facilitatorWithWorkshop, startServer, type TestServer } from './support/server.ts';

/**
 * docs/protocol.md promises that a script in another project can join and write with plain
 * socket.io-client + fetch. This runs that very script against a real server, and checks that
 * the docs keep naming what the code has.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const exampleFile = path.join(root, 'docs/examples/join-and-write.mjs');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script as its own process. Asynchronous: the server lives in this process. */
function runNode(file: string, env: Record<string, string>, timeoutMs = 15_000): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`script timed out\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('docs/examples/join-and-write.mjs', () => {
  it('joins with the code, adds a note to the running strength activity and exits 0', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const start = await f.command({ type: 'startActivity', activityId: f.activityId });
    expect(start.status).toBe(200);

    const text = `Briefje uit het voorbeeldscript ${Date.now()}`;
    const run = await runNode(exampleFile, {
      BASE_URL: server.url,
      CODE: f.code,
      NAME: 'Script',
      SIDE: 'informal',
      TEXT: text,
    });
    expect(run.code, run.stderr).toBe(0);
    // The note came back through the views: a patch of our side's view, and our overlay.
    expect(run.stdout).toContain(
      `our note is in a/${f.activityId}/side:informal: true, marked ours: true`,
    );

    const ack = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      ok: boolean;
      lastSeq: number;
    };
    expect(ack).toMatchObject({ ok: true, duplicate: false });

    const log = await server.app.ctx.stores.events.readAfter(f.workshopId, 0);
    const notes = log.filter((e) => e.event.type === 'noteAdded');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      seq: ack.lastSeq,
      activityId: f.activityId,
      actor: { kind: 'participant' },
      event: { type: 'noteAdded', text, group: 'informal', category: 'strength' },
    });
  });

  it('exits 1 with a clear message when no strength activity is running', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const run = await runNode(exampleFile, { BASE_URL: server.url, CODE: f.code });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No "kracht van de ander" activity is running now.');
  });
});

describe('the docs stay in step with the code', () => {
  it('docs/protocol.md contains the example script verbatim', () => {
    expect(read('docs/protocol.md')).toContain(read('docs/examples/join-and-write.mjs'));
  });

  it('docs/protocol.md explains every socket message, both ways, and every kind of view', () => {
    const doc = read('docs/protocol.md');
    const source = read('src/domain/protocol.ts');
    for (const direction of ['ServerToClient', 'ClientToServer']) {
      const body =
        new RegExp(`export interface ${direction} \\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1] ?? '';
      const names = [...body.matchAll(/^ {2}(\w+): \(/gm)].map((m) => m[1]);
      expect(names.length, direction).toBeGreaterThan(3);
      for (const name of names) expect(doc, name).toContain(`### \`${name}\``);
    }
    expect(doc).toContain('"protocol": 2');
    for (const key of [
      'w/<audience>',
      'me/<participantId>',
      'a/<activityId>/<audience>',
      'o/<activityId>/<participantId>',
    ])
      expect(doc, key).toContain(`\`${key}\``);
  });

  it('docs/protocol.md lists every error code with its HTTP status', () => {
    const doc = read('docs/protocol.md');
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      expect(doc, code).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${status}\\s*\\|`));
    }
  });

  it('docs/activity-contract.md explains every member of ActivityKind', () => {
    const source = read('src/domain/activity.ts');
    const body = /export interface ActivityKind<[^{]*\{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const members = [...body.matchAll(/^ {2}(?:readonly )?(\w+)\??[(:<]/gm)].map((m) => m[1]);
    expect(members.length).toBeGreaterThan(10);
    const doc = read('docs/activity-contract.md');
    for (const member of members) expect(doc, member).toMatch(new RegExp(`\`${member}[\`(]`));
  });
});
