import { describe, expect, it } from 'vitest';
import { FIXTURE, hostileFixture } from './fixture.ts';
import { pdfDefinition } from './pdf.ts';
import { pdfRuns } from './pdfRuns.ts';

const WORDS = { contents: 'Inhoud' };

describe('the facilitators’ marks in the PDF', () => {
  it('are bold, italics and underlined links to safe addresses only', () => {
    expect(
      pdfRuns([
        { text: 'vet', bold: true },
        { text: 'schuin', italic: true },
        { text: 'site', href: 'https://example.nl' },
        { text: 'klik', href: 'javascript:alert(1)' },
      ]),
    ).toEqual([
      { text: 'vet', bold: true },
      { text: 'schuin', italics: true },
      { text: 'site', link: 'https://example.nl/', decoration: 'underline', color: '#1f4e79' },
      { text: 'klik' },
    ]);
  });

  it('reach the document: a marked paragraph, heading and list item', async () => {
    const json = JSON.stringify((await pdfDefinition(FIXTURE, WORDS)).content);
    expect(json).toContain('{"text":"lastig","bold":true}');
    expect(json).toContain('"link":"https://example.nl/werkplaats"');
    expect(json).toContain('{"text":"wilden","italics":true}');
    expect(json).toContain('{"text":"Kennis","bold":true}');
  });

  it('make no link from a facilitator’s hostile words', async () => {
    const json = JSON.stringify((await pdfDefinition(hostileFixture(), WORDS)).content);
    expect(json).not.toContain('"link"');
    expect(json).toContain('<img src=x onerror=alert(1)>');
  });
});
