import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx.ts';
import { FIXTURE, hostileFixture } from './fixture.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';

async function docxXml(doc = FIXTURE) {
  const files = unzipSync(new Uint8Array(await renderDocx(doc, { contents: 'Inhoud' })));
  return { files, xml: strFromU8(files['word/document.xml']!) };
}

describe('Markdown', () => {
  it('renders the fixed block list as the golden file', async () => {
    await expect(renderMarkdown(FIXTURE)).toMatchFileSnapshot('./__golden__/report.md');
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
      'html head meta title style body main header h1 h2 h3 h4 p section ul ol li table thead tbody tr th td figure blockquote figcaption img dl div dt dd strong footer br';
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

  it('keeps participants’ words as text', async () => {
    const { xml } = await docxXml(hostileFixture());
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
