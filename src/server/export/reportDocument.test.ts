import { describe, expect, it } from 'vitest';
import { registry } from '../../activities/registry.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import {
  FACILITATOR,
  participant,
  refusal,
  workshopHarness,
} from '../../domain/testing/workshopHarness.ts';
import { buildReportDocument } from '../../domain/reportDocument/build.ts';
import type { ReportOptions } from '../../domain/reportDocument/document.ts';

const i18n = createI18n(registry, 'nl');

function given() {
  const h = workshopHarness(registry).create();
  h.join('anna', 'formal', 'Anna de Vries').join('chadia', 'informal', 'Chadia El Idrissi');
  const strength = h.startActivity('strength');
  h.activity(participant('anna'), strength, { type: 'addNote', text: 'Zij kennen de ouders' });
  h.activity(participant('chadia'), strength, { type: 'addNote', text: 'Zij kennen de regels' });
  h.activity(FACILITATOR, strength, { type: 'startPlenary' });
  const build = (options: ReportOptions = { names: false }) =>
    buildReportDocument(h.state, options, {
      kinds: registry,
      references: h.engine.references(h.state),
      t: (key, params) => translator(i18n, 'nl')(`report.${key}`, params),
      kindT: (kind) => translator(i18n, 'nl', kind),
      now: Date.UTC(2026, 9, 12),
    });
  return { h, build };
}

describe('report document: generated from what was captured', () => {
  it('given a workshop with one activity, then it has the introduction, participants, and a section per block', () => {
    const { build } = given();
    const doc = build();
    expect(doc.title).toBe('Onderzoekswerkplaats');
    expect(doc.subtitle).toEqual(['9–10 oktober 2026', 'Doorn']);
    expect(doc.sections.map((s) => [s.kind, s.title])).toEqual([
      ['introduction', 'Aanleiding en doel'],
      ['participants', 'Deelnemers'],
      ['day', 'Dag 1'],
      ['block', 'De kracht van de ander'],
      ['appendix', 'Bijlage: alle bijdragen'],
      ['appendix', 'De kracht van de ander'],
    ]);
    const intro = doc.sections[0]!.blocks[0];
    expect(intro).toEqual({
      type: 'paragraph',
      text: 'Onderzoekswerkplaats vond plaats op 9–10 oktober 2026 in Doorn. Er deden 2 deelnemers mee, uit Utrecht.',
    });
    // The kind's own title heading is not repeated under the section's heading.
    expect(doc.sections[3]!.blocks[0]).not.toMatchObject({ type: 'heading', level: 2 });
    expect(JSON.stringify(doc.sections[3])).toContain('Zij kennen de ouders');
  });

  it('counts participants per municipality and side, and names nobody unless asked', () => {
    const { build } = given();
    const participants = build().sections[1]!;
    expect(participants.blocks).toContainEqual({
      type: 'table',
      columns: ['Gemeente', 'Formele werkers', 'Informele werkers', 'Totaal'],
      rows: [
        ['Utrecht', '1', '1', '2'],
        ['Totaal', '1', '1', '2'],
      ],
    });
    expect(JSON.stringify(build())).not.toContain('Anna de Vries');
    const named = build({ names: true }).sections[1]!;
    expect(named.blocks).toContainEqual({
      type: 'list',
      title: 'Wie deed mee',
      items: ['Anna de Vries (Utrecht, formeel)', 'Chadia El Idrissi (Utrecht, informeel)'],
    });
  });

  it('says so when a block was never run', () => {
    const { h, build } = given();
    h.workshop(FACILITATOR, { type: 'addActivity', kind: 'tree', title: 'Boom' });
    const tree = build().sections.find((s) => s.title === 'Boom');
    expect(tree).toMatchObject({
      title: 'Boom',
      blocks: [{ type: 'paragraph', text: 'Dit onderdeel is niet gedaan.' }],
    });
  });

  it('puts the facilitators’ own words in: the opening, above a block, and a conclusion', () => {
    const { h, build } = given();
    const block = h.state.programme.days[0]!.blockIds[0]!;
    const say = (sectionId: string, text: string) =>
      h.workshop(FACILITATOR, { type: 'editReportText', sectionId, text });
    say('introduction', 'Waarom we bij elkaar kwamen.\n\nEn wat we wilden leren.');
    say(block, 'Wat opviel in deze ronde.');
    say('conclusion', 'Informeel blijft nodig.');
    const doc = build();
    expect(doc.sections[0]!.blocks[0]).toEqual({
      type: 'paragraph',
      text: 'Waarom we bij elkaar kwamen.\n\nEn wat we wilden leren.',
    });
    const section = doc.sections.find((s) => s.id === block)!;
    expect(section.blocks[0]).toEqual({ type: 'paragraph', text: 'Wat opviel in deze ronde.' });
    expect(JSON.stringify(section)).toContain('Zij kennen de ouders'); // generated content stays
    expect(doc.sections.find((s) => s.kind === 'conclusion')).toMatchObject({
      kind: 'conclusion',
      title: 'Conclusie',
      blocks: [{ type: 'paragraph', text: 'Informeel blijft nodig.' }],
    });
    // An empty text takes the words out again; the same text twice records nothing.
    say('conclusion', '');
    expect(build().sections.some((s) => s.kind === 'conclusion')).toBe(false);
    expect(say(block, 'Wat opviel in deze ronde.')).toEqual([]);
  });

  it('refuses words for a section that does not exist, and from participants', () => {
    const { h } = given();
    const edit = (sectionId: string) => () =>
      h.workshop(FACILITATOR, { type: 'editReportText', sectionId, text: 'x' });
    expect(refusal(edit('nope'))).toBe('WP_ERR_NOT_FOUND');
    // Names Object.prototype has are unknown ids too (refused as ids, or as no such section).
    for (const sectionId of ['__proto__', 'constructor', 'toString'])
      expect(refusal(edit(sectionId))).toMatch(/^WP_ERR_(NOT_FOUND|VALIDATION)$/);
    expect(
      refusal(() =>
        h.workshop(participant('anna'), {
          type: 'editReportText',
          sectionId: 'conclusion',
          text: 'x',
        }),
      ),
    ).toMatch(/WP_ERR_(FORBIDDEN|VALIDATION)/);
  });
});
