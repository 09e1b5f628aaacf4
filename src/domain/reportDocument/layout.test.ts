import { describe, expect, it } from 'vitest';
import type { ReportDocument, ReportSection } from './document.ts';
import { sectionItems } from './items.ts';
import { applyLayout } from './layout.ts';
import { reportOutline } from './outline.ts';

const section = (
  id: string,
  kind: ReportSection['kind'],
  level: 1 | 2,
  blocks: ReportSection['blocks'] = [],
): ReportSection => ({ id, kind, level, title: id, blocks });

const strength = section('b2', 'block', 2, [
  { type: 'paragraph', text: 'Wat de groepen schreven.' },
  { type: 'heading', level: 3, text: 'Formeel over informeel' },
  { type: 'list', items: ['Ze luisteren goed', 'Ze kennen de buurt'] },
  { type: 'heading', level: 3, text: 'Cijfers' },
  { type: 'keyFigure', value: '9', label: 'van 19 deelnemers' },
  {
    type: 'table',
    columns: ['Wie', 'Wat'],
    rows: [
      ['A', 'x'],
      ['B', 'y'],
    ],
  },
  { type: 'figure', svg: '<svg/>', caption: 'De boom' },
]);

function document(): ReportDocument {
  return {
    language: 'nl',
    title: 'Werkplaats',
    subtitle: [],
    colophon: '',
    sections: [
      section('introduction', 'introduction', 1),
      section('participants', 'participants', 1),
      section('d1', 'day', 1),
      section('b1', 'block', 2),
      strength,
      section('b3', 'block', 2),
      section('d2', 'day', 1),
      section('b4', 'block', 2),
      section('actions', 'actions', 1),
      section('actions-p1', 'actions', 2),
      section('conclusion', 'conclusion', 1),
    ],
  };
}

const ids = (doc: ReportDocument) => doc.sections.map((s) => s.id);
const keyOf = (text: string) => sectionItems(strength.blocks).find((i) => i.text === text)!.key;

describe('applyLayout: order', () => {
  it('given no layout, then the document is as generated', () => {
    expect(ids(applyLayout(document()))).toEqual(ids(document()));
  });

  it('moves a block within its day; blocks not named keep their place', () => {
    const doc = applyLayout(document(), { hidden: {}, order: ['b3', 'b1'] });
    expect(ids(doc)).toEqual([
      'introduction',
      'participants',
      'd1',
      'b3',
      'b2',
      'b1',
      'd2',
      'b4',
      'actions',
      'actions-p1',
      'conclusion',
    ]);
  });

  it('moves top-level sections with their parts among the places of non-day sections; days stay', () => {
    const order = ['conclusion', 'actions', 'participants', 'introduction', 'd2', 'd1'];
    expect(ids(applyLayout(document(), { hidden: {}, order }))).toEqual([
      'conclusion',
      'actions',
      'actions-p1',
      'd1',
      'b1',
      'b2',
      'b3',
      'd2',
      'b4',
      'participants',
      'introduction',
    ]);
  });

  it('ignores ids the document does not have (a block removed since)', () => {
    expect(ids(applyLayout(document(), { hidden: {}, order: ['gone', 'b3', 'b1'] }))).toContain(
      'b3',
    );
  });
});

describe('applyLayout: hidden items', () => {
  it('drops a hidden list item, table row, key figure and figure; keeps the rest', () => {
    const hidden = {
      b2: [
        keyOf('Ze luisteren goed'),
        keyOf('A | x'),
        keyOf('9 van 19 deelnemers'),
        keyOf('De boom'),
      ],
    };
    const blocks = applyLayout(document(), { hidden, order: [] }).sections[4]!.blocks;
    expect(blocks).toEqual([
      strength.blocks[0],
      strength.blocks[1],
      { type: 'list', items: ['Ze kennen de buurt'] },
      strength.blocks[3],
      { type: 'table', columns: ['Wie', 'Wat'], rows: [['B', 'y']] },
    ]);
  });

  it('drops a list and its heading when every item under the heading is hidden', () => {
    const hidden = { b2: [keyOf('Ze luisteren goed'), keyOf('Ze kennen de buurt')] };
    const blocks = applyLayout(document(), { hidden, order: [] }).sections[4]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'keyFigure',
      'table',
      'figure',
    ]);
    expect(blocks[1]).toMatchObject({ text: 'Cijfers' });
  });

  it('follows the item, not its place: a new item before it does not unhide it', () => {
    const hidden = { b2: [keyOf('Ze kennen de buurt')] };
    const moved = document();
    const grown: ReportSection = {
      ...strength,
      blocks: strength.blocks.map((b) =>
        b.type === 'list' ? { ...b, items: ['Nieuw briefje', ...b.items] } : b,
      ),
    };
    const doc = { ...moved, sections: moved.sections.map((s) => (s.id === 'b2' ? grown : s)) };
    const list = applyLayout(doc, { hidden, order: [] }).sections[4]!.blocks[2];
    expect(list).toEqual({ type: 'list', items: ['Nieuw briefje', 'Ze luisteren goed'] });
  });

  it('keeps hidden items when asked (the outline), and the outline marks them', () => {
    const hidden = { b2: [keyOf('Ze luisteren goed')] };
    const layout = { hidden, order: ['b3'] };
    const doc = applyLayout(document(), layout, { hide: false });
    expect(doc.sections[4]!.blocks).toEqual(strength.blocks);
    const outline = reportOutline(doc, layout);
    const b2 = outline.find((s) => s.id === 'b2')!;
    expect(b2.items.filter((i) => i.hidden).map((i) => i.text)).toEqual(['Ze luisteren goed']);
    expect(b2.items.map((i) => i.type)).toEqual([
      'paragraph',
      'listItem',
      'listItem',
      'keyFigure',
      'tableRow',
      'tableRow',
      'figure',
    ]);
    expect(outline.find((s) => s.id === 'd1')).toMatchObject({ movable: false, items: [] });
  });

  it('keeps the marks of the items that stay, and keys a photo by its id so a new caption keeps the hide', () => {
    const run = (text: string) => [{ text, bold: true }];
    const blocks: ReportSection['blocks'] = [
      { type: 'list', items: ['a', 'b'], itemRuns: [run('a'), run('b')] },
      { type: 'photo', photoId: 'ph1', caption: 'Flip-over', width: 4, height: 3 },
    ];
    const [a, photo] = [sectionItems(blocks)[0]!, sectionItems(blocks)[2]!];
    const recaptioned = blocks.map((b) => (b.type === 'photo' ? { ...b, caption: 'Nieuw' } : b));
    const doc = { ...document(), sections: [section('b1', 'block', 2, recaptioned)] };
    const result = applyLayout(doc, { hidden: { b1: [a.key, photo.key] }, order: [] });
    expect(result.sections[0]!.blocks).toEqual([
      { type: 'list', items: ['b'], itemRuns: [run('b')] },
    ]);
  });

  it('uses the keys of the pseudonymised twin where blocks match, so a hide holds with names on', () => {
    const withNames: ReportSection = {
      ...strength,
      blocks: strength.blocks.map((b) =>
        b.type === 'table'
          ? {
              ...b,
              rows: [
                ['Anna', 'x'],
                ['Bram', 'y'],
              ],
            }
          : b,
      ),
    };
    const named = document();
    const doc = { ...named, sections: named.sections.map((s) => (s.id === 'b2' ? withNames : s)) };
    const layout = { hidden: { b2: [keyOf('A | x')] }, order: [] };
    const result = applyLayout(doc, layout, { hide: true, keysFrom: document });
    expect(result.sections[4]!.blocks[5]).toMatchObject({ rows: [['Bram', 'y']] });
  });
});
