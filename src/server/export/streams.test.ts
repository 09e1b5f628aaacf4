import { Readable } from 'node:stream';
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
import { buildExportData } from './data.ts';
import { FIXTURE, HOSTILE, hostileFixture } from './fixture.ts';
import { REPORT_FORMATS } from './formats.ts';
import { collect, joined, textStream } from './streams.ts';

const i18n = createI18n(registry, 'nl');
const app = translator(i18n, 'nl');
const WORDS = { contents: 'Inhoud' };

/** A workshop with a participant, the hostile corpus as notes (one with a line break). */
function exportData() {
  const h = workshopHarness(registry).create();
  h.workshop(SYSTEM, {
    type: 'joinWorkshop',
    participantId: 'anna',
    displayName: 'Anna',
    partnershipId: h.partnershipId,
    side: 'formal',
    language: 'nl',
  });
  const strengthId = h.startActivity('strength');
  for (const text of HOSTILE)
    h.activity(participant('anna'), strengthId, { type: 'addNote', text });
  h.activity(FACILITATOR, strengthId, { type: 'startPlenary' });
  const sources: ReportSources = {
    kinds: registry,
    references: h.engine.references(h.state),
    t: (key, params) => app(`report.${key}`, params),
    kindT: (kind) => translator(i18n, 'nl', kind),
    now: h.now,
  };
  return buildExportData(h.state, { names: false }, sources, async () => h.log);
}

describe('streamed exports', () => {
  it('gathers small pieces into chunks and keeps every byte, multi-byte letters too', async () => {
    const pieces = Array.from({ length: 30_000 }, (_, i) => `${i}: één Ş مريم\n`);
    const stream = textStream(pieces);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThan(100);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(pieces.join(''));
  });

  it('joins like Array.join, with the end after the last part', () => {
    expect([...joined(['a', 'b', 'c'], ', ', '.')].join('')).toBe('a, b, c.');
    expect([...joined([], ', ', '.')].join('')).toBe('.');
  });

  it('streams Markdown and HTML byte for byte as they render whole', async () => {
    for (const format of ['md', 'html']) {
      const renderer = REPORT_FORMATS.get(format)!;
      if ('data' in renderer || !renderer.stream) throw new Error(`${format} should stream`);
      for (const doc of [FIXTURE, hostileFixture()]) {
        const whole = await renderer.render(doc, WORDS);
        expect((await collect(renderer.stream(doc, WORDS))).equals(whole), format).toBe(true);
      }
    }
  });

  it('streams CSV and JSON byte for byte as they render whole; JSON as JSON.stringify lays it out', async () => {
    for (const format of ['csv', 'json']) {
      const renderer = REPORT_FORMATS.get(format)!;
      if (!('data' in renderer) || !renderer.stream) throw new Error(`${format} should stream`);
      const whole = await renderer.render(exportData());
      const streamed = await collect(renderer.stream(exportData()));
      expect(streamed.equals(whole), format).toBe(true);
    }
    const jsonFormat = REPORT_FORMATS.get('json')!;
    if (!('data' in jsonFormat)) throw new Error('json is a research export');
    const json = (await jsonFormat.render(exportData())).toString();
    expect(json).toBe(JSON.stringify(JSON.parse(json), null, 2));
  });

  it('lets a reader stop part-way (a closed download) without an error escaping', async () => {
    for (const format of ['xlsx', 'csv', 'json']) {
      const renderer = REPORT_FORMATS.get(format)!;
      if (!('data' in renderer) || !renderer.stream) throw new Error(`${format} should stream`);
      const stream = renderer.stream(exportData());
      for await (const chunk of stream) {
        expect((chunk as Buffer).length).toBeGreaterThan(0);
        break; // leaving the loop destroys the stream, as a closed connection does
      }
      expect(stream.destroyed, format).toBe(true);
    }
    // Anything thrown after the stop would surface as an unhandled error in this test run.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('ends the XLSX stream with the error when writing fails part-way', async () => {
    const renderer = REPORT_FORMATS.get('xlsx')!;
    if (!('data' in renderer) || !renderer.stream) throw new Error('xlsx should stream');
    const broken = { ...exportData(), activities: null } as never;
    await expect(collect(renderer.stream(broken))).rejects.toThrow();
    // A readable that never was a stream of ours still reads back whole.
    expect((await collect(Readable.from([Buffer.from('x')]))).toString()).toBe('x');
  });
});
