import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { registry } from '../../activities/registry.ts';
import type { Actor } from '../../domain/actors.ts';
import { orderedBlocks } from '../../domain/programme/state.ts';
import { buildReportDocument, type ReportSources } from '../../domain/reportDocument/build.ts';
import { FACILITATOR, SYSTEM, workshopHarness } from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { renderCsv } from './csv.ts';
import { buildExportData } from './data.ts';
import { renderJson } from './json.ts';
import { renderQdpx } from './qdpx/index.ts';

const i18n = createI18n(registry, 'nl');
const app = translator(i18n, 'nl');
const NOOR: Actor = { kind: 'facilitator', accountId: 'noor-account' };

/**
 * A day with a live block that ran, a plain item, a lunch and a coffee break; Noor takes the
 * minutes. Her notes are a conclusion, a quote with where it came from, a question, and one
 * note during lunch.
 */
function given() {
  const h = workshopHarness(registry).create();
  h.join('anna', 'formal', 'Anna de Vries');
  h.addBlock('De kracht van de ander', { kind: 'strength' })
    .addBlock('Lunch', { itemType: 'meal' })
    .addBlock('Koffie', { itemType: 'break' });
  const [live, lunch, coffee] = orderedBlocks(h.state.programme);
  h.workshop(FACILITATOR, { type: 'startBlock', blockId: live!.id });
  h.workshop(SYSTEM, { type: 'addFacilitator', accountId: 'noor-account', name: 'Noor Notulist' });
  h.workshop(FACILITATOR, {
    type: 'setFacilitatorRole',
    accountId: 'noor-account',
    role: 'notetaker',
  });
  const note = (blockId: string, kind: string, text: string, more = {}) => {
    h.advance(60_000);
    h.workshop(NOOR, { type: 'addReportNote', blockId, kind, text, ...more });
  };
  note(
    live!.id,
    'conclusion',
    'Informeel blijft nodig, ook in multi-etnische teams — het gaat om hun positie, niet alleen om hun cultuur.',
  );
  note(live!.id, 'quote', 'Wij Marokkanen doen toch…', {
    side: 'informal',
    partnershipId: h.partnershipId,
    group: 'Groep 2',
  });
  note(live!.id, 'question', 'Wie betaalt de vrijwilligers?', { side: 'formal' });
  note(lunch!.id, 'observation', 'Aan tafel ging het gesprek over de buurtteams door.');
  const sources: ReportSources = {
    kinds: registry,
    references: h.engine.references(h.state),
    t: (key, params) => app(`report.${key}`, params),
    kindT: (kind) => translator(i18n, 'nl', kind),
    now: h.now,
  };
  const report = () => buildReportDocument(h.state, { names: false }, sources);
  const data = () => buildExportData(h.state, { names: false }, sources, async () => h.log);
  return { h, live: live!, lunch: lunch!, coffee: coffee!, report, data };
}

describe('report notes in the report document', () => {
  it("puts a block's notes at the end of its section, under their own heading, in time order", () => {
    const { live, report } = given();
    const section = report().sections.find((s) => s.id === live.id)!;
    const at = section.blocks.findIndex(
      (b) => b.type === 'heading' && b.text === 'Uit de verslaglegging',
    );
    expect(at).toBeGreaterThan(0); // after what the activity generated
    expect(section.blocks.slice(at)).toEqual([
      { type: 'heading', level: 3, text: 'Uit de verslaglegging' },
      {
        type: 'list',
        items: [
          'Conclusie: Informeel blijft nodig, ook in multi-etnische teams — het gaat om hun positie, niet alleen om hun cultuur.',
        ],
      },
      { type: 'quote', text: 'Wij Marokkanen doen toch…', source: 'informeel, Utrecht, Groep 2' },
      { type: 'list', items: ['Vraag: Wie betaalt de vrijwilligers? (formeel)'] },
    ]);
  });

  it('gives a quiet item its section when notes were taken during it, and not otherwise', () => {
    const { lunch, coffee, report } = given();
    const doc = report();
    const lunchSection = doc.sections.find((s) => s.id === lunch.id);
    expect(lunchSection?.blocks).toEqual([
      { type: 'heading', level: 3, text: 'Uit de verslaglegging' },
      {
        type: 'list',
        items: ['Observatie: Aan tafel ging het gesprek over de buurtteams door.'],
      },
    ]);
    expect(doc.sections.some((s) => s.id === coffee.id)).toBe(false);
  });

  it('never names the note-taker', () => {
    const { report } = given();
    const json = JSON.stringify(report());
    expect(json).not.toContain('Noor');
    expect(json).not.toContain('noor-account');
  });

  it('leaves a section as it was when its block has no notes', () => {
    const { h, live, report } = given();
    for (const id of Object.keys(h.state.reportNotes))
      h.workshop(FACILITATOR, { type: 'removeReportNote', noteId: id });
    const section = report().sections.find((s) => s.id === live.id)!;
    expect(JSON.stringify(section)).not.toContain('verslaglegging');
  });
});

describe('report notes in the research exports', () => {
  it('come after the activities as "Verslaglegging", one record per note, without an author', () => {
    const { live, lunch, data } = given();
    const activities = data().activities;
    const notes = activities.at(-1)!;
    expect(activities.length).toBeGreaterThan(1);
    expect(notes).toMatchObject({
      id: 'reportNotes',
      kind: 'reportNotes',
      title: 'Verslaglegging',
    });
    expect(notes.records.map((r) => [r.phase, r.codes, r.side, r.municipality, r.group])).toEqual([
      [live.title, ['Conclusie'], null, '', ''],
      [live.title, ['Citaat'], 'informal', 'Utrecht', 'Groep 2'],
      [live.title, ['Vraag'], 'formal', '', ''],
      [lunch.title, ['Observatie'], null, '', ''],
    ]);
    for (const r of notes.records) {
      expect(r).toMatchObject({ type: 'reportNote', author: '', authorKey: '', round: null });
      expect(r.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
  });

  it('are in the CSV and the JSON, and the note-taker is in neither', async () => {
    const { data } = given();
    for (const render of [renderCsv, renderJson]) {
      const text = (await render(data())).toString('utf8');
      expect(text).toContain('Wij Marokkanen doen toch…');
      expect(text).toContain('Verslaglegging');
      expect(text).not.toContain('Noor');
    }
  });

  const haveXmllint = !spawnSync('xmllint', ['--version']).error;
  it.skipIf(!haveXmllint)('make a valid QDPX project with a source for the minutes', async () => {
    const { data } = given();
    const files = unzipSync(new Uint8Array(await renderQdpx(data())));
    const xml = strFromU8(files['project.qde']!);
    expect(xml).toContain('name="Verslaglegging"');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-qdpx-notes-'));
    const file = path.join(dir, 'project.qde');
    fs.writeFileSync(file, xml);
    const xsd = path.resolve('test/fixtures/qdpx/Project.xsd');
    const lint = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
    expect(lint.stderr).toContain('validates');
    expect(lint.status).toBe(0);
  });
});
