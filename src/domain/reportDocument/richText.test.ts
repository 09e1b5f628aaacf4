import { describe, expect, it } from 'vitest';
import { richTextBlocks, safeHref } from './richText.ts';

describe('the facilitators’ formatted words', () => {
  it('keeps an old plain text as plain paragraphs, one per blank-line part', () => {
    // Given a text written before formatting existed
    const old = 'Een goede dag.\nMet veel gesprekken.\n\nTweede alinea: 3 + 4 = 7 (ongeveer).';
    // When it becomes report blocks
    const blocks = richTextBlocks(old);
    // Then it is the very block it always was: one plain paragraph block, no marks
    expect(blocks).toEqual([{ type: 'paragraph', text: old }]);
  });

  it('makes bold, italic and both, with the plain text beside the runs', () => {
    const [block] = richTextBlocks('Heel **belangrijk** en *nieuw*: **_allebei_**.');
    expect(block).toEqual({
      type: 'paragraph',
      text: 'Heel belangrijk en nieuw: allebei.',
      runs: [
        { text: 'Heel ' },
        { text: 'belangrijk', bold: true },
        { text: ' en ' },
        { text: 'nieuw', italic: true },
        { text: ': ' },
        { text: 'allebei', bold: true, italic: true },
        { text: '.' },
      ],
    });
  });

  it('puts every heading one level under its section, whatever its number of #', () => {
    expect(richTextBlocks('# Wat opviel\n\n### Nog een')).toEqual([
      { type: 'heading', level: 3, text: 'Wat opviel' },
      { type: 'heading', level: 3, text: 'Nog een' },
    ]);
    expect(richTextBlocks('## Een *mooie* kop')[0]).toMatchObject({
      type: 'heading',
      text: 'Een mooie kop',
      runs: [{ text: 'Een ' }, { text: 'mooie', italic: true }, { text: ' kop' }],
    });
  });

  it('makes lists, numbered or not, with runs only when an item is marked', () => {
    expect(richTextBlocks('- appels\n- peren')).toEqual([
      { type: 'list', items: ['appels', 'peren'] },
    ]);
    expect(richTextBlocks('1. eerst\n2. **dan**\n   - daarna')).toEqual([
      {
        type: 'list',
        ordered: true,
        items: ['eerst', 'dan', 'daarna'],
        itemRuns: [[{ text: 'eerst' }], [{ text: 'dan', bold: true }], [{ text: 'daarna' }]],
      },
    ]);
  });

  it('keeps web and e-mail links, with their marks', () => {
    const [block] = richTextBlocks(
      'Zie [de site](https://example.nl/a?b=1) of [mail](mailto:a@example.nl).',
    );
    expect(block).toMatchObject({
      text: 'Zie de site of mail.',
      runs: [
        { text: 'Zie ' },
        { text: 'de site', href: 'https://example.nl/a?b=1' },
        { text: ' of ' },
        { text: 'mail', href: 'mailto:a@example.nl' },
        { text: '.' },
      ],
    });
  });

  it('drops a link that could run code or leave the web, and keeps its words', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '/a']) {
      const [block] = richTextBlocks(`[klik](${href})`);
      expect(block).toEqual({ type: 'paragraph', text: 'klik' });
    }
    expect(safeHref(' java\tscript:alert(1)')).toBeNull();
    expect(safeHref('http://example.nl')).toBe('http://example.nl/');
  });

  it('shows raw HTML as the text that was typed, in a paragraph or inside one', () => {
    expect(richTextBlocks('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'paragraph', text: '<img src=x onerror=alert(1)>' },
    ]);
    expect(richTextBlocks('Voor <script>alert(1)</script> na')).toEqual([
      { type: 'paragraph', text: 'Voor <script>alert(1)</script> na' },
    ]);
    expect(richTextBlocks('A &amp; B < C')).toEqual([{ type: 'paragraph', text: 'A &amp; B < C' }]);
  });

  it('flattens what it does not support to text: quotes, code, images, rules', () => {
    expect(
      richTextBlocks('> geciteerd\n\n    code\n\n`kort` en ![foto](https://x.nl/a.png)\n\n---'),
    ).toEqual([
      { type: 'paragraph', text: 'geciteerd\n\ncode\n\nkort en ![foto](https://x.nl/a.png)' },
    ]);
    expect(richTextBlocks('Een \\*ster\\*')).toEqual([{ type: 'paragraph', text: 'Een *ster*' }]);
  });

  it('keeps marked paragraphs apart from their plain neighbours', () => {
    expect(richTextBlocks('Eerst.\n\n**Dan.**\n\nDaarna.')).toEqual([
      { type: 'paragraph', text: 'Eerst.' },
      { type: 'paragraph', text: 'Dan.', runs: [{ text: 'Dan.', bold: true }] },
      { type: 'paragraph', text: 'Daarna.' },
    ]);
  });

  it('shows a text nested too deep for the lexer as typed, instead of failing the report', () => {
    const deep = '> '.repeat(10_000) + 'diep';
    expect(richTextBlocks(deep)).toEqual([{ type: 'paragraph', text: deep }]);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(richTextBlocks('')).toEqual([]);
    expect(richTextBlocks('  \n\n ')).toEqual([]);
  });
});
