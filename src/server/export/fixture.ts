import type { ReportDocument } from '../../domain/reportDocument/document.ts';
import { richTextBlocks } from '../../domain/reportDocument/richText.ts';

/** Strings that would be code in some format if a renderer forgot they are data. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[klik](javascript:alert(1))',
  '<svg onload=alert(1)><a xlink:href="javascript:alert(1)">x</a></svg>',
  '=HYPERLINK("http://evil.example","klik")',
  '# geen kop\n- geen lijst',
] as const;

/** A fixed report that uses every block type once, for renderer tests and golden files. */
export const FIXTURE: ReportDocument = {
  language: 'nl',
  title: 'Onderzoekswerkplaats Doorn',
  subtitle: ['9–10 oktober 2026', 'Landgoed Zonheuvel, Doorn'],
  colophon: 'Gemaakt met Werkplaats op 12 oktober 2026.',
  sections: [
    {
      id: 'introduction',
      kind: 'introduction',
      level: 1,
      title: 'Aanleiding en doel',
      blocks: [
        { type: 'paragraph', text: 'Een tweedaagse over samenwerking.\n\nTweede alinea.' },
        // The facilitators' own words, with marks (docs/decisions/0016-report-rich-text.md).
        {
          type: 'heading',
          level: 3,
          text: 'Wat we wilden',
          runs: [{ text: 'Wat we ' }, { text: 'wilden', italic: true }],
        },
        {
          type: 'paragraph',
          text: 'Samen werken is lastig, zie de site.',
          runs: [
            { text: 'Samen werken is ' },
            { text: 'lastig', bold: true },
            { text: ', zie ' },
            { text: 'de site', href: 'https://example.nl/werkplaats' },
            { text: '.' },
          ],
        },
        {
          type: 'list',
          items: ['Kennis delen', 'Elkaar vinden'],
          itemRuns: [
            [{ text: 'Kennis', bold: true }, { text: ' delen' }],
            [{ text: 'Elkaar ' }, { text: 'vinden', bold: true, italic: true }],
          ],
        },
        { type: 'keyFigure', value: '19', label: 'deelnemers' },
      ],
    },
    { id: 'd1', kind: 'day', level: 1, title: 'Dag 1', blocks: [] },
    {
      id: 'b1',
      kind: 'block',
      level: 2,
      title: 'De kracht van de ander',
      blocks: [
        { type: 'heading', level: 3, text: 'Wat formele werkers goed doen' },
        { type: 'list', title: 'Krachten', items: ['Kennis van regels', 'Netwerk'] },
        { type: 'list', ordered: true, items: ['Eerst', 'Dan'] },
        {
          type: 'table',
          columns: ['Gemeente', 'Aantal'],
          rows: [
            ['Utrecht', '4'],
            ['Den Haag', '3'],
          ],
        },
        { type: 'quote', text: 'Wij Marokkanen doen toch…', source: 'Deelnemer 3' },
        {
          type: 'figure',
          svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" width="100" height="50"><rect width="100" height="50" fill="#2f5d50"/></svg>',
          caption: 'De boom van groep 1',
        },
        {
          type: 'counts',
          items: [
            { label: 'Formeel', value: 9 },
            { label: 'Informeel', value: 10 },
          ],
        },
      ],
    },
  ],
};

/** A facilitator's words that try to become code: links, tags, an image that runs script. */
export const HOSTILE_WORDS = [
  '**Vet** [x](javascript:alert(1)) <script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '- [y](data:text/html,<script>alert(1)</script>)\n- *<b onclick=alert(1)>z</b>*',
  '# [kop](JAVASCRIPT:alert(1)) <iframe src=x>',
].join('\n\n');

/**
 * The fixture with the parts after the days: "Concrete plannen en acties" with a part per
 * partnership, the conclusion, and the appendix with a part per activity (the golden file).
 */
export const OUTLINE_FIXTURE: ReportDocument = {
  ...FIXTURE,
  sections: [
    ...FIXTURE.sections,
    {
      id: 'actions',
      kind: 'actions',
      level: 1,
      title: 'Concrete plannen en acties',
      blocks: [{ type: 'paragraph', text: 'Per samenwerkingsverband de plannen.' }],
    },
    {
      id: 'actions-p1',
      kind: 'actions',
      level: 2,
      title: 'Utrecht',
      blocks: [
        { type: 'list', title: 'Doelen', items: ['Buurtteams overtuigen'] },
        {
          type: 'table',
          columns: ['Wat', 'Wie', 'Wanneer', 'Steun nodig'],
          rows: [
            ['Leerbijeenkomst organiseren', 'Formeel en informeel samen', 'Voor de zomer', '—'],
          ],
        },
      ],
    },
    {
      id: 'conclusion',
      kind: 'conclusion',
      level: 1,
      title: 'Conclusie',
      blocks: [{ type: 'paragraph', text: 'Informeel blijft nodig.' }],
    },
    {
      id: 'appendix',
      kind: 'appendix',
      level: 1,
      title: 'Bijlage: alle bijdragen',
      blocks: [{ type: 'paragraph', text: 'Alle bijdragen per onderdeel.' }],
    },
    {
      id: 'appendix-a1',
      kind: 'appendix',
      level: 2,
      title: 'De kracht van de ander',
      blocks: [
        {
          type: 'list',
          title: 'Kracht',
          items: ['Kennis van regels (Groep formele werkers, formeel)'],
        },
      ],
    },
  ],
};

/** The fixture with every text replaced by hostile strings, block by block. */
export function hostileFixture(): ReportDocument {
  const h = (i: number) => HOSTILE[i % HOSTILE.length]!;
  return {
    ...FIXTURE,
    title: h(0),
    subtitle: [h(1)],
    sections: [
      {
        id: 'x',
        kind: 'block',
        level: 2,
        title: h(2),
        blocks: [
          { type: 'heading', level: 3, text: h(3) },
          { type: 'paragraph', text: HOSTILE.join('\n\n') },
          { type: 'list', title: h(4), items: [...HOSTILE] },
          { type: 'table', columns: [h(0), h(1)], rows: HOSTILE.map((x) => [x, x]) },
          { type: 'quote', text: h(5), source: h(0) },
          { type: 'figure', svg: FIXTURE_SVG, caption: h(1) },
          { type: 'keyFigure', value: h(2), label: h(3) },
        ],
      },
      {
        id: 'conclusion',
        kind: 'conclusion',
        level: 1,
        title: h(0),
        // Through the same parser as the report itself, with marks that must stay inert.
        blocks: richTextBlocks(HOSTILE_WORDS),
      },
    ],
  };
}

const FIXTURE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10"/></svg>';
