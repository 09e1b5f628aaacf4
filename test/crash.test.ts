import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StrengthView } from '../src/activities/strength/view.ts';
import { connect, join, type TestServer } from './support/server.ts';
import {
  buildServerBundle,
  demoSignIn,
  removeBundle,
  startServerProcess,
  type ServerProcess,
} from './support/serverProcess.ts';

/**
 * "What the server acknowledged survives a crash": a real server process is killed with
 * SIGKILL right after acknowledging commands, then started again on the same file.
 */
let bundle: string;
let dataDir: string;
let running: ServerProcess | null = null;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-crash-'));
  bundle = await buildServerBundle(`crash-${path.basename(dataDir)}`);
});

afterAll(() => {
  running?.child.kill('SIGKILL');
  removeBundle(bundle);
});

async function startProcess(): Promise<ServerProcess> {
  running = await startServerProcess({ bundle, dataDir });
  return running;
}

describe('crash safety', () => {
  it('keeps every acknowledged note after SIGKILL, and the same join code and login after restart', async () => {
    const first = await startProcess();
    const fake = { url: first.url } as TestServer;
    const { code, workshopId } = first;
    const cookie = await demoSignIn(first.url);
    const facilitator = await connect(fake, { role: 'facilitator', workshopId }, cookie);
    expect((await facilitator.hello()).ok).toBe(true);
    const activities = Object.values(facilitator.workshop()?.activities ?? {});
    const activityId = activities.find((a) => a.kind === 'strength')?.id ?? '';
    await facilitator.cmd(null, { type: 'startActivity', activityId });

    const anna = await join(fake as TestServer, code, 'Anna', 'formal');
    const phone = await connect(fake, { role: 'participant', workshopId, token: anna.token });
    await phone.hello();
    const acknowledged: string[] = [];
    for (let i = 0; i < 20; i++) {
      const ack = await phone.cmd(activityId, { type: 'addNote', text: `briefje ${i}` });
      if (ack.ok) acknowledged.push(`briefje ${i}`);
    }
    first.child.kill('SIGKILL'); // no shutdown hook runs
    phone.disconnect();
    facilitator.disconnect();
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startProcess();
    expect(second.banner).toContain(`projector/${code}`);
    const again = await connect({ url: second.url } as TestServer, {
      role: 'participant',
      workshopId,
      token: anna.token,
    });
    const ack = await again.hello();
    again.disconnect();
    expect(ack.ok).toBe(true);
    // Anna's phone holds her side's view again, with every note she was told was stored.
    const notes = Object.values(again.activity<StrengthView>(activityId)?.notes ?? {});
    expect(acknowledged).toHaveLength(20);
    expect(notes.map((n) => n.text).sort()).toEqual(acknowledged.sort());
    expect(notes.every((n) => n.authorId === anna.participantId)).toBe(true);
  });
});
