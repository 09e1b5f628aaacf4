import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../domain/reportDocument/document.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { pdfDefinition, renderPdf } from './pdf.ts';
import type { PhotoBytes } from './photos.ts';

const CAPTION = 'De kegels <na> de lunch';

/** A report with one block holding one photo (portrait, 30×40). */
const DOC: ReportDocument = {
  language: 'nl',
  title: 'Werkplaats',
  subtitle: [],
  colophon: 'Gemaakt met Werkplaats.',
  sections: [
    {
      id: 'b1',
      kind: 'block',
      level: 2,
      title: 'Kegelen',
      blocks: [{ type: 'photo', photoId: 'ph1', caption: CAPTION, width: 30, height: 40 }],
    },
  ],
};

let photos: PhotoBytes;
beforeAll(async () => {
  const jpeg = await sharp({
    create: { width: 30, height: 40, channels: 3, background: '#2f5d50' },
  })
    .jpeg()
    .toBuffer();
  photos = new Map([['ph1', new Uint8Array(jpeg)]]);
});

describe('a photo in the report', () => {
  it('Markdown: an image in the photos folder, its caption escaped, then the caption', () => {
    const md = renderMarkdown(DOC);
    expect(md).toContain(
      '![De kegels \\<na\\> de lunch](photos/ph1.jpg)\n\n*De kegels \\<na\\> de lunch*',
    );
  });

  it('HTML: the JPEG inside the page, with alt text, size and a caption', () => {
    const html = renderHtml(DOC, photos);
    const b64 = Buffer.from(photos.get('ph1')!).toString('base64');
    expect(html).toContain(
      `<figure class="photo"><img src="data:image/jpeg;base64,${b64}" alt="De kegels &lt;na&gt; de lunch" width="30" height="40"><figcaption>De kegels &lt;na&gt; de lunch</figcaption></figure>`,
    );
    expect(html).toMatch(/@media print[\s\S]*figure\.photo img \{ max-height: 20cm; \}/);
  });

  it('HTML: without its bytes only the caption stays, never a link to somewhere else', () => {
    const html = renderHtml(DOC);
    expect(html).toContain(
      '<figure class="photo"><figcaption>De kegels &lt;na&gt; de lunch</figcaption></figure>',
    );
    expect(html).not.toContain('<img');
  });

  it('DOCX: the JPEG as an image scaled into the page, with its caption below', async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(DOC, { contents: 'Inhoud' }, photos)));
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(files[media[0]!]!).equals(Buffer.from(photos.get('ph1')!))).toBe(true);
    const xml = strFromU8(files['word/document.xml']!);
    // 30×40 px stays 30×40 px (never enlarged): 9525 EMU a pixel.
    expect(xml).toContain('cx="285750" cy="381000"');
    expect(xml).toContain('descr="De kegels &lt;na&gt; de lunch"');
    expect(xml.indexOf('<pic:pic')).toBeLessThan(xml.lastIndexOf('De kegels &lt;na&gt; de lunch'));
  });

  it('PDF: the JPEG fitted to the text area, with its caption', async () => {
    const definition = await pdfDefinition(DOC, { contents: 'Inhoud' }, photos);
    const content = JSON.stringify(definition.content);
    expect(content).toContain('"image":"data:image/jpeg;base64,');
    expect(content).toContain(`{"text":"${CAPTION}","style":"caption"}`);
    const pdf = await renderPdf(DOC, { contents: 'Inhoud' }, photos);
    expect(pdf.includes(Buffer.from('/DCTDecode'))).toBe(true);
  });
});
