import { afterEach, describe, expect, it } from 'vitest';
import {
  connect,
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
} from './support/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The sum of one histogram's `_count` over its labels, in Prometheus's text format. */
function countOf(text: string, name: string): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}_count`))
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
}

describe('GET /metrics', () => {
  it('is not there unless the operator turns it on', async () => {
    server = await startServer();
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(404);
  });

  it('counts commands from reading them to their acknowledgement, and open sockets', async () => {
    server = await startServer({ env: { WERKPLAATS_METRICS: 'on' } });
    const f = await facilitatorWithWorkshop(server);
    await f.command({ type: 'startActivity', activityId: f.activityId });
    const before = await (await fetch(`${server.url}/metrics`)).text();
    const anna = await join(server, f.code, 'Anna', 'formal', f.partnershipId);
    const phone = await connect(server, {
      role: 'participant',
      workshopId: f.workshopId,
      token: anna.token,
    });
    await phone.hello();
    const ok = await phone.cmd(f.activityId, { type: 'addNote', text: 'Ze kennen de wijk' });
    expect(ok.ok).toBe(true);
    const refused = await phone.cmd(f.activityId, { type: 'startPlenary' });
    expect(refused.ok).toBe(false);

    const response = await fetch(`${server.url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const after = await response.text();
    const name = 'werkplaats_command_seconds';
    expect(countOf(after, name) - countOf(before, name)).toBe(2);
    expect(after).toMatch(/werkplaats_command_seconds_count\{outcome="refused"\} [1-9]/);
    expect(after).toMatch(/werkplaats_sockets\{role="participant"\} [1-9]/);
    expect(after).toContain('werkplaats_nodejs_eventloop_lag_p99_seconds');
    phone.close();
  });
});
