import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../domain/errors.ts';
import { FIXTURE, HOSTILE, hostileFixture } from './fixture.ts';
import { pdfDefinition, renderPdf } from './pdf.ts';

/**
 * pdftotext (Debian's poppler-utils) reads the PDF back as a reader's tool would. Locally the
 * text checks skip with a reason when it is missing; in CI (`CI=true`) that is a failure.
 */
function pdftotextMissing(): string | null {
  if (spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0) return null;
  const reason = 'pdftotext not found (apt-get install poppler-utils)';
  if (process.env.CI === 'true') throw new Error(`Cannot run in CI: ${reason}`);
  console.warn(`Skipping the PDF text checks: ${reason}`);
  return reason;
}
const missing = pdftotextMissing();

/** The text of a PDF in reading order, one line per line (`-raw`: no layout columns). */
function pdfText(pdf: Buffer): string {
  const read = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf });
  expect(read.status, read.stderr?.toString()).toBe(0);
  return read.stdout.toString('utf8');
}

const WORDS = { contents: 'Inhoud' };

describe('PDF', () => {
  it('is a PDF file', async () => {
    const pdf = await renderPdf(FIXTURE, WORDS);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses with a coded error naming the font package when DejaVu Sans is missing', async () => {
    const exists = vi.spyOn(fs, 'existsSync').mockReturnValue(false);
    try {
      const refusal = renderPdf(FIXTURE, WORDS);
      await expect(refusal).rejects.toBeInstanceOf(DomainError);
      await expect(refusal).rejects.toMatchObject({
        code: 'WP_ERR_EXPORT_UNAVAILABLE',
        message: expect.stringContaining('fonts-dejavu-core'),
      });
    } finally {
      exists.mockRestore();
    }
  });

  it('has a title page, a table of contents, headings per section and the header row repeated', async () => {
    const definition = await pdfDefinition(FIXTURE, WORDS);
    const content = definition.content as unknown as Record<string, unknown>[];
    expect(content[0]).toMatchObject({ text: 'Onderzoekswerkplaats Doorn', style: 'title' });
    expect(content).toContainEqual(expect.objectContaining({ toc: expect.anything() }));
    expect(content).toContainEqual(
      expect.objectContaining({ text: 'De kracht van de ander', style: 'h2', tocItem: true }),
    );
    expect(content).toContainEqual(
      expect.objectContaining({ text: 'Wat formele werkers goed doen', style: 'h3' }),
    );
    const table = content.find((c) => 'table' in c && c.style === 'table') as {
      table: { headerRows: number };
    };
    expect(table.table.headerRows).toBe(1);
  });

  it.skipIf(missing)(
    'reads back with the headings, the contents, the page numbers and every block',
    async () => {
      const text = pdfText(await renderPdf(FIXTURE, WORDS));
      for (const heading of ['Aanleiding en doel', 'Dag 1', 'De kracht van de ander'])
        expect(text.split(heading).length, heading).toBeGreaterThanOrEqual(3); // contents + heading
      expect(text).toContain('Inhoud');
      expect(text).toContain('Wat formele werkers goed doen');
      // A numbered list: pdftotext's raw order puts the number after or before the item.
      expect(text).toMatch(/1\.\s+Eerst|Eerst\s+1\./);
      expect(text).toContain('Wij Marokkanen doen toch…');
      expect(text).toContain('De boom van groep 1');
      expect(text).toContain('Gemaakt met Werkplaats op 12 oktober 2026.');
      const pages = [...text.matchAll(/^(\d+) \/ (\d+)$/gm)];
      expect(pages.map((m) => m[1])).toEqual(['2', '3', '4']);
      expect(new Set(pages.map((m) => m[2]))).toEqual(new Set(['4']));
    },
  );

  it.skipIf(missing)('keeps participants’ words as text, verbatim', async () => {
    const text = pdfText(await renderPdf(hostileFixture(), WORDS));
    for (const hostile of HOSTILE) {
      for (const line of hostile.split('\n')) expect(text).toContain(line);
    }
    // Only the words: no link annotation or JavaScript action came from a contribution.
    const raw = (await renderPdf(hostileFixture(), WORDS)).toString('latin1');
    expect(raw).not.toMatch(/\/(URI|JavaScript|JS|Launch)\b/);
  });

  it.skipIf(missing)('writes Dutch, Turkish and Arabic letters as those letters', async () => {
    const doc = {
      ...FIXTURE,
      sections: [
        {
          ...FIXTURE.sections[0]!,
          blocks: [{ type: 'paragraph' as const, text: 'Ruïne, één, Şükrü Çağlar, ğış, مريم' }],
        },
      ],
    };
    const text = pdfText(await renderPdf(doc, WORDS));
    expect(text).toContain('Ruïne, één, Şükrü Çağlar, ğış');
    // No shaping: the letters are there, separate; pdftotext may order them either way.
    for (const letter of 'مريم') expect(text).toContain(letter);
  });
});
