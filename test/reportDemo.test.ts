import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plansData from '../src/server/demo/seed/data/plans.json' with { type: 'json' };
import rolesData from '../src/server/demo/seed/data/roles.json' with { type: 'json' };
import treeData from '../src/server/demo/seed/data/tree.json' with { type: 'json' };
import { bootstrap } from '../src/server/demo/bootstrap.ts';
import { DEMO_ACCOUNT } from '../src/server/demo/demoData.ts';
import { SEED_WORKSHOP } from '../src/server/demo/seed/data.ts';
import { exportReport } from '../src/server/export/report.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * Issue 10 on the seed's completed workshop (the example `npm start` makes): the Word report
 * holds every municipality's plan, both role lists in full and the three trees' items, under
 * Word's own heading styles; the spreadsheet reads back with a sheet per activity.
 */
let server: TestServer;
let workshopId: string;

beforeAll(async () => {
  server = await startServer({ env: { WERKPLAATS_DEMO: '1' } });
  await bootstrap(server.app.ctx);
  const account = await server.app.ctx.stores.accounts.findAccountByEmail(DEMO_ACCOUNT.email);
  const list = await server.app.ctx.stores.events.listWorkshopsOf(account!.id);
  workshopId = list.find((w) => w.title === SEED_WORKSHOP.title)!.id;
}, 60_000);
afterAll(() => server.close());

/** Word splits text into runs; the visible text of the document, in order, is what a reader sees. */
function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The text of every paragraph in one Word heading style. */
function headings(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map(wordText);
}

type Item = string | { readonly text: string };
const textOf = (item: Item) => (typeof item === 'string' ? item : item.text);

describe('the report of the example workshop', () => {
  it('has every plan, both role lists and the three trees in the DOCX, under Word heading styles', async () => {
    const file = await exportReport(server.app.ctx, workshopId, 'docx', { names: false });
    const xml = strFromU8(unzipSync(new Uint8Array(file.body))['word/document.xml']!);
    const text = wordText(xml);

    expect(headings(xml, 'Heading1')).toEqual(
      expect.arrayContaining(['Aanleiding en doel', 'Deelnemers']),
    );
    expect(headings(xml, 'Heading2')).toEqual(
      expect.arrayContaining(['De kracht van de ander', 'Wie speelt welke rol']),
    );
    for (const plan of plansData.plannen) {
      expect(headings(xml, 'Heading3'), plan.gemeente).toContain(plan.gemeente);
      for (const goal of plan.doelen) expect(text).toContain(goal.tekst);
      for (const action of plan.acties) expect(text).toContain(action.wat);
    }
    for (const side of ['formal', 'informal'] as const)
      for (const role of rolesData.roles[side]) expect(text, role.name).toContain(role.name);
    expect(treeData.groups).toHaveLength(3);
    for (const group of treeData.groups)
      for (const items of Object.values(group.items) as Item[][])
        for (const item of items) expect(text, textOf(item)).toContain(textOf(item));
    // Pseudonyms only: no placeholder name appears unless names were chosen.
    expect(text).not.toMatch(/Deelnemer \d+ \(Utrecht, informeel\)/);
  });

  it('reads back from the XLSX with a sheet per activity and a row per contribution', async () => {
    const file = await exportReport(server.app.ctx, workshopId, 'xlsx', { names: false });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const room = await server.app.ctx.rooms.get(workshopId);
    const activities = Object.values(room.state.activities);
    // One sheet about the export, then one per activity that has records.
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(activities.length);
    const roles = workbook.worksheets.find((w) => w.name.startsWith('Wie speelt welke rol'))!;
    const roleCount = rolesData.roles.formal.length + rolesData.roles.informal.length;
    expect(roles.rowCount).toBe(1 + roleCount);
  });
});
