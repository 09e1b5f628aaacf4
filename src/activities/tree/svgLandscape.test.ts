import { describe, expect, it } from 'vitest';
import type { TreePicture } from './svg.ts';
import { PROJECTOR_SIZES, treeProjectorSvgs } from './svgLandscape.ts';
import { pageZone } from './svgPaging.ts';

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

/** The texts of one kind of part ("item", "label") with their font sizes, as drawn. */
function parts(svg: string, part: string): { text: string; size: number }[] {
  const pattern = new RegExp(
    `<text data-part="${part}"[^>]*font-size="(\\d+)"[^>]*>(.*?)</text>`,
    'g',
  );
  return [...svg.matchAll(pattern)].map((m) => ({
    size: Number(m[1]),
    text: m[2]!.replace(/<[^>]+>/g, ''),
  }));
}

const many = (label: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    text: `${label} ${i + 1}: ze kennen de families en hun netwerk, ze spreken de taal van de ouders`,
  }));

describe('tree picture for the projector (wide, paged)', () => {
  it('is one wide page with every text large when the tree is small', () => {
    const pages = treeProjectorSvgs(picture());
    expect(pages).toHaveLength(1);
    const svg = pages[0]!;
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 2016 960"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('direction="ltr"');
    expect(svg).not.toMatch(/\sid="/);
    expect(parts(svg, 'item').map((p) => p.text)).toEqual([
      'Betere toegang tot hulp',
      'Humor',
      'Respect',
      'Lef',
    ]);
    // Few items: the largest size; the zones' headings larger still.
    for (const item of parts(svg, 'item')) expect(item.size).toBe(PROJECTOR_SIZES[0]);
    for (const label of parts(svg, 'label')) expect(label.size).toBeGreaterThan(PROJECTOR_SIZES[0]);
    expect(parts(svg, 'page')).toEqual([]);
  });

  it('pages a full tree instead of summing it up: every item on some page, never small', () => {
    const full = picture({
      fruits: many('Vrucht', 20),
      wateringCan: many('Gieter', 20),
      roots: many('Wortel', 20),
    });
    const pages = treeProjectorSvgs(full);
    expect(pages.length).toBeGreaterThan(1);
    const seen = new Set(pages.flatMap((svg) => parts(svg, 'item').map((p) => p.text)));
    for (const item of [...full.fruits, ...full.wateringCan, ...full.roots])
      expect(seen.has(item.text), item.text).toBe(true);
    for (const svg of pages) {
      expect(svg).not.toContain('meer');
      for (const item of parts(svg, 'item'))
        expect(item.size).toBeGreaterThanOrEqual(PROJECTOR_SIZES.at(-1)!);
      // Each page says which of its zone's pages it shows, e.g. "2/5".
      expect(parts(svg, 'page').length).toBe(3);
    }
    expect(pages[1]).toMatch(/>2\/\d+</);
  });

  it('a zone with fewer pages starts over, so no zone is ever empty on a page', () => {
    const pages = treeProjectorSvgs(picture({ fruits: many('Vrucht', 12) }));
    expect(pages.length).toBeGreaterThan(1);
    for (const svg of pages) expect(svg).toContain('>Humor<');
  });

  it('cuts an item too long for its zone with "…" rather than drawing over the edge', () => {
    const text = 'woord '.repeat(90).trim();
    const svg = treeProjectorSvgs(picture({ wateringCan: [{ text }] }))[0]!;
    const [drawn] = parts(svg, 'item').filter((p) => p.text.startsWith('woord'));
    expect(drawn!.text.endsWith('…')).toBe(true);
  });

  it('escapes every text and marks shared items only when asked', () => {
    const p = picture({
      title: 'Groep "1" & <b>',
      roots: [{ text: '<script>x</script>', shared: true }],
    });
    const [marked] = treeProjectorSvgs(p, { markShared: true });
    expect(marked).not.toContain('<script>');
    expect(marked).toContain('★ &lt;script&gt;x&lt;/script&gt;');
    expect(marked).toContain('ook genoemd door een andere groep');
    expect(marked!.match(/&(?!(amp|lt|gt|quot|apos);)/g)).toBeNull();
    expect(treeProjectorSvgs(p)[0]).not.toContain('★');
  });

  it('says a zone is empty', () => {
    expect(parts(treeProjectorSvgs(picture({ roots: [] }))[0]!, 'empty')[0]?.text).toBe('nog leeg');
  });
});

describe('tree picture: a zone cut into pages', () => {
  const area = { x: 0, y: 0, width: 1000, height: 200, columns: [1] };
  const items = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ text: `Punt ${i + 1}`, bold: false }));

  it('uses the largest size at which everything fits on one page', () => {
    const zone = pageZone(items(2), area, [48, 36]);
    expect(zone.size).toBe(48);
    expect(zone.pages).toHaveLength(1);
  });

  it('spreads the items evenly over the pages it needs (3, 2, 2; not 3, 3, 1)', () => {
    const zone = pageZone(items(7), area, [48, 36]);
    expect(zone.size).toBe(36);
    expect(zone.pages.map((page) => page.length)).toEqual([3, 2, 2]);
  });
});
