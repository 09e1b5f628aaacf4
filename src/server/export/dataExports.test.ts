import { describe, expect, it } from 'vitest';
import { registry } from '../../activities/registry.ts';
import type { ReportSources } from '../../domain/reportDocument/build.ts';
import {
  FACILITATOR,
  SYSTEM,
  participant,
  workshopHarness,
} from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { renderCsv } from './csv.ts';
import { buildExportData } from './data.ts';
import { renderJson } from './json.ts';
import { guidMaker } from './qdpx/guid.ts';
import { xmlAttr, xmlText } from './qdpx/xml.ts';
import { sheetNamer } from './sheetNames.ts';
import { inert } from './table.ts';

const i18n = createI18n(registry, 'nl');
const app = translator(i18n, 'nl');

function given() {
  const h = workshopHarness(registry).create();
  h.workshop(SYSTEM, {
    type: 'joinWorkshop',
    participantId: 'anna',
    displayName: 'Anna Echtenaam',
    partnershipId: h.partnershipId,
    side: 'formal',
    language: 'nl',
  });
  const strengthId = h.startActivity('strength'); // anonymous to peers by default
  h.activity(participant('anna'), strengthId, { type: 'addNote', text: 'geheim briefje' });
  h.activity(FACILITATOR, strengthId, { type: 'startPlenary' });
  const sources: ReportSources = {
    kinds: registry,
    references: h.engine.references(h.state),
    t: (key, params) => app(`report.${key}`, params),
    kindT: (kind) => translator(i18n, 'nl', kind),
    now: h.now,
  };
  const data = (names = false) => buildExportData(h.state, { names }, sources, async () => h.log);
  return { h, strengthId, data };
}

describe('research exports: building blocks', () => {
  it('makes cells starting with = + - @ tab or CR inert, and leaves others alone', () => {
    for (const s of ['=1+1', '+cmd', '-1+1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(inert(s)).toBe(`'${s}`);
    for (const s of ['1-1', 'a=b', ' =1', '']) expect(inert(s)).toBe(s);
  });

  it('names sheets as Excel wants: ≤ 31 characters, no []:*?/\\, unique without case', () => {
    const name = sheetNamer('Onderdeel');
    expect(name('Wie speelt welke rol: [formeel]/informeel?')).toBe(
      'Wie speelt welke rol formeel in',
    );
    expect(name('De kracht')).toBe('De kracht');
    expect(name('de KRACHT')).toBe('de KRACHT (2)');
    expect(name("'''")).toBe('Onderdeel');
    expect(name('History')).toBe('Onderdeel (2)');
    expect(name('x'.repeat(40))).toHaveLength(31);
    expect(name('x'.repeat(40))).toBe(`${'x'.repeat(27)} (2)`);
  });

  it('escapes XML text and attributes and drops what XML cannot carry', () => {
    expect(xmlText('<a href="x">&</a>\u0000')).toBe('&lt;a href="x"&gt;&amp;&lt;/a&gt;');
    expect(xmlAttr(`"it's"\n`)).toBe('&quot;it&apos;s&quot;&#10;');
  });

  it('derives the same GUID from the same name, a different one otherwise', () => {
    const guid = guidMaker('w1');
    expect(guid('a')).toBe(guidMaker('w1')('a'));
    expect(guid('a')).not.toBe(guid('b'));
    expect(guid('a')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('CSV quotes fields with commas, quotes and line breaks (RFC 4180) after a BOM', async () => {
    const { h, strengthId, data } = given();
    h.activity(FACILITATOR, strengthId, { type: 'startWriteRound' });
    h.activity(participant('anna'), strengthId, {
      type: 'addNote',
      text: 'een "quote", en\nregel',
    });
    const csv = (await renderCsv(data())).toString('utf8');
    expect(csv.startsWith('\uFEFFid,activity,type,')).toBe(true);
    expect(csv).toContain('"een ""quote"", en\nregel"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('research exports: the JSON log keeps anonymous authors hidden', () => {
  it('pseudonymises joins and strips fields and actors from activity events', async () => {
    const { data } = given();
    const text = (await renderJson(data())).toString('utf8');
    expect(text).not.toContain('Echtenaam');
    expect(text).not.toContain('"anna"');
    const json = JSON.parse(text) as {
      events: { type: string; actor?: string; event?: Record<string, unknown> }[];
      records: { author: string | null; text: string }[];
    };
    const noteAdded = json.events.find((e) => e.type === 'noteAdded')!;
    expect(noteAdded.event).toBeUndefined();
    expect(noteAdded.actor).toBeUndefined();
    expect(json.events.find((e) => e.type === 'participantJoined')).toMatchObject({
      actor: 'system',
      event: { participant: { id: 'P1', displayName: 'Deelnemer 1 (Utrecht, formeel)' } },
    });
    expect(json.events.find((e) => e.type === 'workshopCreated')?.event).not.toHaveProperty('code');
    expect(json.records).toEqual([
      expect.objectContaining({ author: null, text: 'geheim briefje' }),
    ]);
  });

  it('with names: the name appears, the anonymous note still has no author', async () => {
    const { data } = given();
    const json = JSON.parse((await renderJson(data(true))).toString('utf8')) as {
      events: { type: string; event?: { participant?: { displayName: string } } }[];
      records: { author: string | null }[];
    };
    expect(
      json.events.find((e) => e.type === 'participantJoined')?.event?.participant,
    ).toMatchObject({
      displayName: 'Anna Echtenaam (Utrecht, formeel)',
    });
    expect(json.records[0]?.author).toBeNull();
  });
});
