import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutlineSection } from '../src/domain/reportDocument/outline.ts';
import { facilitatorWithWorkshop, http, startServer, type TestServer } from './support/server.ts';

/**
 * Issue 10, "hides items, reorders sections; edits are events (history, undo)": through the
 * real HTTP command route, the outline route and the Markdown export.
 */
let server: TestServer;
let f: Awaited<ReturnType<typeof facilitatorWithWorkshop>>;

beforeAll(async () => {
  server = await startServer();
  f = await facilitatorWithWorkshop(server);
  const { state } = await server.app.ctx.rooms.get(f.workshopId);
  const dayId = state.programme.days[0]!.id;
  for (const [title, notes] of [
    ['Opening', 'Welkom door de wethouder.'],
    ['Kennismaken', 'Iedereen stelde zich voor.'],
  ])
    expect(
      (
        await f.command({
          type: 'addBlock',
          dayId,
          title,
          notes,
          startTime: null,
          durationMin: 30,
          kind: null,
        })
      ).body.ok,
    ).toBe(true);
});
afterAll(() => server.close());

const outline = async (cookie = f.cookie) =>
  http<{ sections: OutlineSection[] }>(
    server,
    'GET',
    `/api/workshops/${f.workshopId}/report/outline`,
    undefined,
    cookie,
  );

async function markdown(names = false): Promise<string> {
  const query = `names=${names ? 1 : 0}`;
  const response = await fetch(`${server.url}/api/workshops/${f.workshopId}/report.md?${query}`, {
    headers: { cookie: f.cookie },
  });
  expect(response.status).toBe(200);
  return response.text();
}

const ok = async (command: Record<string, unknown>) =>
  expect((await f.command(command)).body).toMatchObject({ ok: true });

describe('the conclusion draft for the editor', () => {
  it('is for the workshop’s facilitators only, and empty before an evaluation', async () => {
    const url = `/api/workshops/${f.workshopId}/report/conclusion-draft`;
    const draft = await http<{ text: string }>(server, 'GET', url, undefined, f.cookie);
    expect(draft).toMatchObject({ status: 200, body: { text: '' } });
    const stranger = await http<{ error: { code: string } }>(server, 'GET', url);
    expect(stranger.status).toBe(401);
    expect(stranger.body.error.code).toBe('WP_ERR_UNAUTHENTICATED');
  });
});

describe('the report layout, end to end', () => {
  it('hides an item and moves a section in the Markdown report, then undoes both', async () => {
    const before = await outline();
    expect(before.status).toBe(200);
    const byTitle = (title: string) => before.body.sections.find((s) => s.title === title)!;
    const opening = byTitle('Opening');
    const meeting = byTitle('Kennismaken');
    expect(opening.items).toEqual([
      expect.objectContaining({
        type: 'paragraph',
        text: 'Welkom door de wethouder.',
        hidden: false,
      }),
    ]);
    const md = await markdown();
    expect(md).toContain('Welkom door de wethouder.');
    expect(md).toMatch(/## Opening[\s\S]*## Kennismaken/);
    expect(md.indexOf('## Opening')).toBeLessThan(md.indexOf('## Kennismaken'));

    await ok({ type: 'hideReportItem', sectionId: opening.id, itemKey: opening.items[0]!.key });
    const ids = before.body.sections.map((s) => s.id);
    const [i, j] = [ids.indexOf(opening.id), ids.indexOf(meeting.id)];
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    const moved = { sectionId: meeting.id, direction: 'up' };
    await ok({ type: 'orderReportSections', sectionIds: ids, moved });

    const edited = await markdown();
    expect(edited).not.toContain('Welkom door de wethouder.');
    expect(edited).toContain('Iedereen stelde zich voor.');
    expect(await markdown(true)).not.toContain('Welkom door de wethouder.');
    expect(edited.indexOf('## Kennismaken')).toBeLessThan(edited.indexOf('## Opening'));
    const after = (await outline()).body.sections;
    expect(after.map((s) => s.id)).toEqual(ids);
    expect(after.find((s) => s.id === opening.id)!.items[0]!.hidden).toBe(true);

    const { state } = await server.app.ctx.rooms.get(f.workshopId);
    expect(state.reportHistory.map((e) => e.kind)).toEqual(['hide', 'order']);

    await ok({ type: 'undoReportEdit' });
    const one = await markdown();
    expect(one.indexOf('## Opening')).toBeLessThan(one.indexOf('## Kennismaken'));
    expect(one).not.toContain('Welkom door de wethouder.');
    await ok({ type: 'undoReportEdit' });
    expect(await markdown()).toContain('Welkom door de wethouder.');
  });

  it('gives the outline to the workshop facilitators only', async () => {
    expect((await outline('')).status).toBe(401);
    const other = await facilitatorWithWorkshop(server, 'ander@example.org');
    expect((await outline(other.cookie)).status).toBe(403);
  });
});
