import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx.ts';
import { FIXTURE, OUTLINE_FIXTURE, hostileFixture } from './fixture.ts';
import { renderHtml } from './html.ts';
import { markedText, renderMarkdown } from './markdown.ts';
import type { ReportBlock } from '../../domain/report.ts';
import type { ReportDocument } from '../../domain/reportDocument/document.ts';
import { richTextBlocks } from '../../domain/reportDocument/richText.ts';

async function docxXml(doc = FIXTURE) {
  const files = unzipSync(new Uint8Array(await renderDocx(doc, { contents: 'Inhoud' })));
  return { files, xml: strFromU8(files['word/document.xml']!) };
}

describe('Markdown', () => {
  it('renders the fixed block list as the golden file', async () => {
    await expect(renderMarkdown(OUTLINE_FIXTURE)).toMatchFileSnapshot('./__golden__/report.md');
  });

  it('keeps participants’ words inert: no tags, links, headings or lists of their own', () => {
    const md = renderMarkdown(hostileFixture());
    // Every < and ] that a contribution brings is escaped, so none opens a tag or a link.
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md).toContain('\\<script\\>');
    expect(md).not.toMatch(/^# geen kop$/m);
    expect(md).not.toMatch(/^- geen lijst$/m);
  });
});

describe('HTML (preview and print)', () => {
  it('starts the plans and the appendix on a new page in print, as a day', () => {
    const html = renderHtml(OUTLINE_FIXTURE);
    expect(html).toContain('<section class="actions" id="s-actions">');
    expect(html).toContain('<section class="appendix" id="s-appendix">');
    expect(html).toContain('<section id="s-actions-p1">');
    expect(html).toMatch(
      /section\.day, section\.actions, section\.appendix \{ break-before: page; \}/,
    );
  });

  it('has the title page, headings per section, lists, tables and the figure as an image', () => {
    const html = renderHtml(FIXTURE);
    expect(html).toContain('<h1>Onderzoekswerkplaats Doorn</h1>');
    expect(html).toContain('<h3>De kracht van de ander</h3>');
    expect(html).toContain('<ol><li>Eerst</li><li>Dan</li></ol>');
    expect(html).toContain('<th scope="col">Gemeente</th>');
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[^"]+" alt="De boom van groep 1">/);
    expect(html).toContain('@page');
  });

  it('escapes every text: no element or attribute comes from a contribution', () => {
    const html = renderHtml(hostileFixture());
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase()));
    const allowed =
      'html head meta title style body main header h1 h2 h3 h4 p section ul ol li table thead tbody tr th td figure blockquote figcaption img dl div dt dd strong em footer br';
    expect([...tags].filter((t) => !allowed.split(' ').includes(t))).toEqual([]);
    // The one image is the figure's own drawing, as data: never an address a contribution chose.
    expect(
      [...html.matchAll(/<img [^>]*>/g)].every((m) =>
        m[0].startsWith('<img src="data:image/svg+xml;base64,'),
      ),
    ).toBe(true);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('DOCX', () => {
  it('uses Word heading styles, a table of contents, lists, a table, a figure and page numbers', async () => {
    const { files, xml } = await docxXml();
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*Onderzoekswerkplaats Doorn/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Dag 1/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*De kracht van de ander/);
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:p>).)*Wat formele werkers goed doen/,
    );
    expect(xml).toMatch(/TOC [^<]*\\o &quot;1-2&quot;/);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:numPr>');
    expect(Object.keys(files).some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(
      true,
    );
    expect(Object.keys(files).some((f) => f.startsWith('word/media/') && f.endsWith('.svg'))).toBe(
      true,
    );
    const footers = Object.keys(files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.map((f) => strFromU8(files[f]!)).join('')).toContain('PAGE');
  });

  it('starts a day, the plans and the appendix on a new page, not their parts', async () => {
    const { xml } = await docxXml(OUTLINE_FIXTURE);
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((m) => m[0]);
    const breakBefore = (title: string) => {
      const at = paragraphs.findIndex(
        (p) => /w:val="Heading\d"/.test(p) && p.includes(`>${title}<`),
      );
      expect(at, title).toBeGreaterThan(0);
      return paragraphs[at - 1]!.includes('<w:br w:type="page"/>');
    };
    expect(breakBefore('Dag 1')).toBe(true);
    expect(breakBefore('Concrete plannen en acties')).toBe(true);
    expect(breakBefore('Bijlage: alle bijdragen')).toBe(true);
    expect(breakBefore('Utrecht')).toBe(false);
    expect(breakBefore('Conclusie')).toBe(false);
  });

  it('keeps participants’ words as text', async () => {
    const { xml } = await docxXml(hostileFixture());
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('the facilitators’ marks (bold, italic, links)', () => {
  const conclusion = () => hostileFixture().sections.find((s) => s.id === 'conclusion')!;

  it('come back as Markdown that reads as the same marks', () => {
    const runs = [
      { text: 'Heel ' },
      { text: 'vet', bold: true },
      { text: ' en ', bold: true, italic: true },
      { text: 'schuin', italic: true },
      { text: ' ' },
      { text: 'de ', href: 'https://example.nl/a_(b)' },
      { text: 'site', href: 'https://example.nl/a_(b)', bold: true },
      { text: ' * _ [' },
    ];
    const md = markedText(runs);
    const [again] = richTextBlocks(md);
    expect(again).toMatchObject({ type: 'paragraph', text: 'Heel vet en schuin de site * _ [' });
    expect(again?.type === 'paragraph' && again.runs).toEqual([
      { text: 'Heel ' },
      // A space at a change of marks goes outside the mark that changes: it looks the same.
      { text: 'vet ', bold: true },
      { text: 'en', bold: true, italic: true },
      { text: ' ' },
      { text: 'schuin', italic: true },
      { text: ' ' },
      // The same address, its brackets written as %28 and %29 so they cannot end the link.
      { text: 'de ', href: 'https://example.nl/a_%28b%29' },
      { text: 'site', href: 'https://example.nl/a_%28b%29', bold: true },
      { text: ' * _ [' },
    ]);
  });

  it('show in HTML as strong, em and safe links, in headings, paragraphs and lists', () => {
    const html = renderHtml(FIXTURE);
    expect(html).toContain('<h3>Wat we <em>wilden</em></h3>');
    expect(html).toContain(
      '<p>Samen werken is <strong>lastig</strong>, zie <a href="https://example.nl/werkplaats" rel="noopener noreferrer">de site</a>.</p>',
    );
    expect(html).toContain(
      '<ul><li><strong>Kennis</strong> delen</li><li>Elkaar <strong><em>vinden</em></strong></li></ul>',
    );
  });

  it('stay inert when a facilitator writes script, tags or javascript: links', () => {
    const md = renderMarkdown(hostileFixture());
    const html = renderHtml(hostileFixture());
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md).toContain('**Vet** x \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('- *\\<b onclick=alert(1)\\>z\\</b\\>*');
    expect(md).not.toMatch(/(?<!\\)</);
    expect(html).not.toMatch(/<a /);
    expect(html).not.toMatch(/<(script|img src=x|iframe|b )/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<strong>Vet</strong> x &lt;script&gt;alert(1)&lt;/script&gt;');
    // The words of a refused link stay; only the link goes.
    expect(conclusion().blocks).toContainEqual(expect.objectContaining({ type: 'list' }));
    expect(html).toContain('<li>y</li>');
  });

  it('make a link only to a safe address, even when a document brings another', () => {
    const runs = [{ text: 'klik', href: 'javascript:alert(1)' }];
    expect(renderHtml(withWords({ type: 'paragraph', text: 'klik', runs }))).toContain(
      '<p>klik</p>',
    );
    expect(renderMarkdown(withWords({ type: 'paragraph', text: 'klik', runs }))).toContain(
      '\n\nklik\n\n',
    );
  });

  it('show in Word as bold, italics, hyperlinks, heading styles and list items', async () => {
    const { files, xml } = await docxXml();
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*lastig/);
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*wilden/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*wilden/);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>(?:(?!<\/w:hyperlink>).)*de site/);
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toContain(
      'Target="https://example.nl/werkplaats"',
    );
    expect(xml).toMatch(/<w:numPr>(?:(?!<\/w:p>).)*<w:b\/>(?:(?!<\/w:p>).)*Kennis/);
  });

  it('stay inert in Word: no hyperlink, no tag from a facilitator’s hostile words', async () => {
    const { files, xml } = await docxXml(hostileFixture());
    // Only the table of contents links, inside the document; nothing leads out.
    expect(xml).not.toMatch(/<w:hyperlink [^>]*r:id=/);
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).not.toMatch(/javascript|data:/i);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

function withWords(b: ReportBlock): ReportDocument {
  return { ...FIXTURE, sections: [{ ...FIXTURE.sections[0]!, blocks: [b] }] };
}
