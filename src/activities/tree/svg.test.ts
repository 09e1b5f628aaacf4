import { describe, expect, it } from 'vitest';
import { normaliseText, sharedItemIds, sharedTexts } from './shared.ts';
import type { Item } from './schema.ts';
import { treeSvg, type TreePicture } from './svg.ts';
import { escapeXml, wrapText } from './svgText.ts';

const labels: TreePicture['labels'] = {
  roots: 'Wortels',
  wateringCan: 'Gieter',
  fruits: 'Vruchten',
  more: (count) => `+${count} meer`,
  empty: 'nog leeg',
  sharedLegend: 'ook genoemd door een andere groep',
};

function picture(overrides: Partial<TreePicture> = {}): TreePicture {
  return {
    title: 'Groep 1 · Individueel gericht',
    roots: [{ text: 'Respect' }, { text: 'Lef' }],
    wateringCan: [{ text: 'Humor' }],
    fruits: [{ text: 'Betere toegang tot hulp' }],
    labels,
    ...overrides,
  };
}

describe('tree picture (SVG)', () => {
  it('is one <svg> with a viewBox, role="img", an aria-label and a <title>', () => {
    const svg = treeSvg(picture());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1400 1080"')).toBe(
      true,
    );
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>Groep 1 · Individueel gericht</title>');
    // The label says everything the picture shows, for screen readers.
    expect(svg).toMatch(/aria-label="Groep 1 · Individueel gericht\. Wortels: Respect; Lef\./);
    for (const text of ['Wortels', 'Gieter', 'Vruchten', 'Respect', 'Humor', 'Betere toegang'])
      expect(svg).toContain(text);
    // No ids: several trees on one page must not clash.
    expect(svg).not.toMatch(/\sid="/);
  });

  it('escapes every text: item texts, title and labels', () => {
    const svg = treeSvg(
      picture({
        title: 'Groep "1" & <b>',
        fruits: [{ text: '<script>alert("x")</script> & meer' }],
        roots: [{ text: "Elkaars 'taal' spreken" }],
      }),
    );
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(');
    expect(svg).toContain('&amp; meer');
    expect(svg).toContain('<title>Groep &quot;1&quot; &amp; &lt;b&gt;</title>');
    expect(svg).toContain('&apos;taal&apos;');
    // Every "&" in the output starts an entity.
    expect(svg.match(/&(?!(amp|lt|gt|quot|apos);)/g)).toBeNull();
  });

  it('wraps long texts into lines', () => {
    const long = 'Erkenning van elkaars deskundigheid en positie in de samenwerking';
    const svg = treeSvg(picture({ roots: [{ text: long }] }));
    const lines = svg
      .match(/<tspan[^>]*>[^<]*<\/tspan>/g)!
      .filter((t) => /Erkenning|deskundigheid|samenwerking/.test(t));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).not.toContain('…');
    // The lines together read as the whole text (what a browser's textContent gives).
    const element = svg
      .match(/<text[^>]*>(?:<tspan[^>]*>[^<]*<\/tspan>)+<\/text>/g)!
      .find((e) => e.includes('Erkenning'))!;
    expect(element.replace(/<[^>]+>/g, '')).toBe(long);
  });

  it('draws few items large and many items small', () => {
    const fontSize = (svg: string, text: string) =>
      Number(new RegExp(`font-size="(\\d+)"[^>]*><tspan[^>]*>${text}`).exec(svg)?.[1]);
    const few = treeSvg(picture({ fruits: [{ text: 'Vertrouwen' }] }));
    const fruits = Array.from({ length: 20 }, (_, i) => ({ text: `Vrucht ${i + 1}` }));
    const many = treeSvg(picture({ fruits: [{ text: 'Vertrouwen' }, ...fruits] }));
    expect(fontSize(few, 'Vertrouwen')).toBeGreaterThan(fontSize(many, 'Vertrouwen'));
    expect(many).toContain('Vrucht 20'); // still room for every one of them
    expect(many).not.toContain('meer');
  });

  it('caps a zone that cannot hold everything with "+N meer"', () => {
    const fruits = Array.from({ length: 60 }, (_, i) => ({
      text: `Vrucht nummer ${i + 1}, met wat meer woorden erbij`,
    }));
    const svg = treeSvg(picture({ fruits }));
    const hidden = Number(/\+(\d+) meer/.exec(svg)?.[1]);
    const shown = svg.match(/fill="#c0392b"/g)?.length ?? 0;
    expect(hidden).toBeGreaterThan(0);
    expect(shown + hidden).toBe(60);
    expect(svg).toContain('Vrucht nummer 1,');
  });

  it('says a zone is empty', () => {
    expect(treeSvg(picture({ wateringCan: [] }))).toContain('nog leeg');
  });

  it('marks shared items with a star and bold, and explains the star, only when asked', () => {
    const p = picture({ roots: [{ text: 'Respect', shared: true }, { text: 'Lef' }] });
    const marked = treeSvg(p, { markShared: true });
    expect(marked).toMatch(/font-weight="700"[^>]*><tspan[^>]*>★ Respect</);
    expect(marked).toContain('ook genoemd door een andere groep');
    const plain = treeSvg(p);
    expect(plain).not.toContain('★');
  });
});

describe('tree picture: text wrapping', () => {
  it('breaks at spaces, cuts long words with a hyphen and ends a cut text with "…"', () => {
    expect(wrapText('Respect voor elkaar', 10, 3)).toEqual(['Respect', 'voor', 'elkaar']);
    expect(wrapText('Verwachtingsmanagement', 10, 3)).toEqual(['Verwachti-', 'ngsmanage-', 'ment']);
    expect(wrapText('een twee drie vier vijf zes', 9, 2)).toEqual(['een twee', 'drie vie…']);
    expect(wrapText('', 10, 2)).toEqual([]);
  });

  it('counts letters, not UTF-16 units: an emoji or Arabic word takes its own width', () => {
    expect(wrapText('😀😀😀 😀😀', 5, 3)).toEqual(['😀😀😀', '😀😀']);
    expect(wrapText('مرحبا بكم في الورشة', 9, 3)).toEqual(['مرحبا بكم', 'في الورشة']);
  });

  it('given a very long text and few lines, then the cut is the same as when every line is made', () => {
    const long = Array.from({ length: 400 }, (_, i) => `woord${i}`).join(' ');
    const all = wrapText(long, 20, Infinity);
    const cut = wrapText(long, 20, 3);
    expect(cut.slice(0, 2)).toEqual(all.slice(0, 2));
    expect(cut[2]).toBe(`${all[2]!.slice(0, 19).trimEnd()}…`);
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});

describe('tree: items several groups share', () => {
  const item = (id: string, groupId: string, text: string): Item => ({
    id,
    groupId,
    zone: 'roots',
    rank: 0,
    text,
    links: [],
    authorId: null,
  });

  it('normalises case, spaces and punctuation', () => {
    expect(normaliseText('  Respect,   voor ELKAAR! ')).toBe('respect voor elkaar');
    expect(normaliseText('Lef.')).toBe(normaliseText('lef'));
    expect(normaliseText('...')).toBe('');
  });

  it('an item is shared when its text appears in two or more groups', () => {
    const items = [
      item('a', 'g1', 'Respect'),
      item('b', 'g2', 'respect!'),
      item('c', 'g1', 'Lef'),
      item('d', 'g1', 'lef'), // twice in one group is not "shared"
      item('e', 'g3', ''), // an empty text is never "shared"
      item('f', 'g2', ''),
    ];
    expect([...sharedItemIds(items)].sort()).toEqual(['a', 'b']);
    expect(sharedTexts(items)).toEqual([{ text: 'Respect', groups: 2 }]);
  });
});
