import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plansData from '../src/server/demo/seed/data/plans.json' with { type: 'json' };
import rolesData from '../src/server/demo/seed/data/roles.json' with { type: 'json' };
import treeData from '../src/server/demo/seed/data/tree.json' with { type: 'json' };
import { bootstrap } from '../src/server/demo/bootstrap.ts';
import { DEMO_ACCOUNT } from '../src/server/demo/demoData.ts';
import { SEED_WORKSHOP } from '../src/server/demo/seed/data.ts';
import { conclusionDraftOf } from '../src/domain/reportDocument/build.ts';
import { markdownBlocks } from '../src/server/export/markdown.ts';
import { reportSourcesOf } from '../src/server/export/data.ts';
import { exportReport } from '../src/server/export/report.ts';
import { startServer, type TestServer } from './support/server.ts';
import { toolUnavailable } from './support/tools.ts';

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

  const noPdftotext = toolUnavailable('pdftotext', 'poppler-utils');
  it.skipIf(noPdftotext)(
    'has the plans and roles in the PDF too, with page numbers',
    async () => {
      const file = await exportReport(server.app.ctx, workshopId, 'pdf', { names: false });
      expect(file.contentType).toBe('application/pdf');
      const read = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], {
        input: file.body,
      });
      // Lines wrap in a PDF: compare words, not line breaks.
      const text = read.stdout.toString('utf8').replace(/\s+/g, ' ');
      const words = (s: string) => s.replace(/\s+/g, ' ');
      for (const heading of ['Aanleiding en doel', 'Deelnemers', 'Wie speelt welke rol'])
        expect(text).toContain(heading);
      for (const plan of plansData.plannen) {
        expect(text).toContain(plan.gemeente);
        for (const goal of plan.doelen) expect(text).toContain(words(goal.tekst));
      }
      for (const role of rolesData.roles.formal) expect(text).toContain(words(role.name));
      const pages = [...text.matchAll(/ (\d+) \/ (\d+) /g)];
      expect(pages.length).toBeGreaterThan(3);
      expect(Number(pages.at(-1)![1])).toBe(Number(pages.at(-1)![2]));
    },
    30_000,
  );

  it('has "Concrete plannen en acties" with every municipality’s plan, a drafted conclusion and the appendix last', async () => {
    const file = await exportReport(server.app.ctx, workshopId, 'docx', { names: false });
    const xml = strFromU8(unzipSync(new Uint8Array(file.body))['word/document.xml']!);
    const parts = headings(xml, 'Heading1');
    const at = parts.indexOf('Concrete plannen en acties');
    expect(parts.slice(at)).toEqual([
      'Concrete plannen en acties',
      'Conclusie',
      'Bijlage: alle bijdragen',
    ]);
    // The section's own paragraphs: from its heading to the conclusion's.
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((m) => m[0]);
    const heading1 = (title: string) =>
      paragraphs.findIndex((p) => p.includes('w:val="Heading1"') && wordText(p) === title);
    const section = paragraphs
      .slice(heading1('Concrete plannen en acties'), heading1('Conclusie'))
      .join('');
    const text = wordText(section);
    // Every municipality, in the workshop's order of partnerships.
    const room = await server.app.ctx.rooms.get(workshopId);
    const order = Object.values(room.state.partnerships).map((p) => p.municipality);
    expect(headings(section, 'Heading2')).toEqual(order);
    expect([...order].sort()).toEqual(plansData.plannen.map((p) => p.gemeente).sort());
    for (const plan of plansData.plannen) {
      for (const goal of plan.doelen) expect(text, plan.gemeente).toContain(goal.tekst);
      for (const action of plan.acties) expect(text, plan.gemeente).toContain(action.wat);
      for (const question of plan.vragen) expect(text, plan.gemeente).toContain(question.tekst);
    }
    // Until the facilitators write their own, the conclusion is a draft from the evaluation.
    expect(wordText(xml)).toContain('Dit is een eerste opzet, gemaakt uit de evaluatie.');
  });

  it('offers the evaluation’s summary as Markdown to start the facilitators’ own conclusion', async () => {
    const { state } = await server.app.ctx.rooms.get(workshopId);
    const draft = markdownBlocks(conclusionDraftOf(state, reportSourcesOf(server.app.ctx, state)));
    const file = await exportReport(server.app.ctx, workshopId, 'md', { names: false });
    const report = String(file.body);
    // The same words as the report's draft conclusion, without the line that says it is one.
    expect(draft.length).toBeGreaterThan(40);
    expect(draft).not.toContain('Dit is een eerste opzet');
    for (const paragraph of draft.split('\n\n')) expect(report).toContain(paragraph);
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
