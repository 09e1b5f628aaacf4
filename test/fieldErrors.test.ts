import { describe, expect, it } from 'vitest';
import {
  facilitatorWithWorkshop,
  http,
  join,
  startServer,
  socketsPerTest,
  type TestServer,
} from './support/server.ts';

let server: TestServer;
const { open } = socketsPerTest(() => server);

/**
 * Validation refusals name the field and the reason (docs/protocol.md), and their message says
 * which field and what to do, in the participant's own language.
 */
describe('field-specific validation errors over real sockets', () => {
  it('given a running strength activity, when a phone sends a note over the limit, then the refusal names the field, the reason and the limit in its language', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const anna = await join(server, f.code, 'Anna', 'formal', f.partnershipId);
    const chadia = (
      await http<{ token: string }>(server, 'POST', '/api/join', {
        code: f.code,
        displayName: 'Chadia',
        partnershipId: f.partnershipId,
        side: 'informal',
        language: 'en',
      })
    ).body;
    const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
    await console_.hello();
    expect((await console_.cmd(null, { type: 'startActivity', activityId: f.activityId })).ok).toBe(
      true,
    );
    const phone = async (token: string) => {
      const s = await open({ role: 'participant', workshopId: f.workshopId, token });
      await s.hello();
      return s;
    };
    const annaPhone = await phone(anna.token);
    const chadiaPhone = await phone(chadia.token);

    const long = { type: 'addNote', text: 'x'.repeat(5000) };
    expect(await annaPhone.cmd(f.activityId, long)).toMatchObject({
      ok: false,
      error: {
        code: 'WP_ERR_VALIDATION',
        params: { field: 'text', reason: 'tooLong', limit: 500 },
        message: 'De tekst is te lang. Er passen 500 tekens in. Maak het korter.',
      },
    });
    expect(await chadiaPhone.cmd(f.activityId, long)).toMatchObject({
      ok: false,
      error: { message: 'The text is too long. It fits 500 characters. Make it shorter.' },
    });
    expect(await annaPhone.cmd(f.activityId, { type: 'addNote', text: '   ' })).toMatchObject({
      ok: false,
      error: {
        params: { field: 'text', reason: 'empty' },
        message: 'De tekst is nog leeg. Schrijf er iets in.',
      },
    });
    expect(await annaPhone.cmd(f.activityId, { type: 'addNote' })).toMatchObject({
      ok: false,
      error: { params: { field: 'text', reason: 'required' } },
    });
  });
});
