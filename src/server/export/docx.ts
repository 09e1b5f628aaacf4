import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { ReportBlock } from '../../domain/report.ts';
import { startsOnNewPage, type ReportDocument } from '../../domain/reportDocument/document.ts';
import { fallbackBitmap, svgFigure } from './docxFigure.ts';
import { docxPhoto, NO_PHOTOS, type PhotoBytes } from './photos.ts';
import { BulletItem } from './docxLean.ts';
import { markedRuns } from './docxRuns.ts';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

const heading = (text: string, level: number) =>
  new Paragraph({ text, heading: HEADINGS[Math.min(level, HEADINGS.length) - 1] });

/** Each ordered list restarts at 1: its own instance of the numbered list definition. */
let listInstance = 0;

function list(b: Extract<ReportBlock, { type: 'list' }>): FileChild[] {
  const out: FileChild[] = [];
  if (b.title) out.push(new Paragraph({ children: [new TextRun({ text: b.title, bold: true })] }));
  const instance = ++listInstance;
  b.items.forEach((text, i) => {
    const runs = b.itemRuns?.[i];
    // Plain bullets (the appendix's thousands) the lean way, the same XML.
    if (!runs && !b.ordered) {
      out.push(new BulletItem(text));
      return;
    }
    const content = runs ? { children: markedRuns(runs) } : { text };
    out.push(
      b.ordered
        ? new Paragraph({ ...content, numbering: { reference: 'numbered', level: 0, instance } })
        : new Paragraph({ ...content, bullet: { level: 0 } }),
    );
  });
  return out;
}

function table(b: Extract<ReportBlock, { type: 'table' }>): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: b.columns.map((c) => cell(c, true)) }),
      ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

async function block(
  b: ReportBlock,
  sectionLevel: number,
  photos: PhotoBytes,
): Promise<FileChild[]> {
  switch (b.type) {
    case 'heading':
      // One under the section's heading: Heading 2 in a day's part, Heading 3 in a block's.
      return b.runs
        ? [
            new Paragraph({
              children: markedRuns(b.runs),
              heading: HEADINGS[Math.min(sectionLevel + b.level - 2, HEADINGS.length) - 1],
            }),
          ]
        : [heading(b.text, sectionLevel + b.level - 2)];
    case 'paragraph':
      if (b.runs) return [new Paragraph({ children: markedRuns(b.runs) })];
      return b.text.split(/\n{2,}/).map((text) => new Paragraph({ text }));
    case 'list':
      return list(b);
    case 'table':
      return [table(b), new Paragraph({})];
    case 'quote': {
      const quote = new Paragraph({ style: 'Quote', children: [new TextRun(b.text)] });
      return b.source ? [quote, new Paragraph({ style: 'Quote', text: `— ${b.source}` })] : [quote];
    }
    case 'figure':
      return svgFigure(b.svg, b.caption);
    case 'photo':
      return docxPhoto(b, photos);
    case 'counts':
      return b.items.map(
        (i) =>
          new Paragraph({
            children: [
              new TextRun(`${i.label}: `),
              new TextRun({ text: String(i.value), bold: true }),
            ],
          }),
      );
    case 'keyFigure':
      return [
        new Paragraph({
          children: [
            new TextRun({ text: b.value, bold: true, size: 40, color: '2F5D50' }),
            new TextRun({ text: ` ${b.label}`, size: 28 }),
          ],
        }),
      ];
  }
}

/**
 * The report as a Word document: Word's own heading styles (so the navigation pane and the
 * table of contents work), real lists and tables, figures, and page numbers in the footer.
 * The docx library escapes all text, so participants' words stay text. Opens in Word and
 * LibreOffice.
 */
export async function renderDocx(
  doc: ReportDocument,
  words: { contents: string },
  photos: PhotoBytes = NO_PHOTOS,
): Promise<Buffer> {
  const children: FileChild[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    ...doc.subtitle.map((line) => new Paragraph({ text: line, style: 'Subtitle' })),
    new Paragraph({ children: [new PageBreak()] }),
    // Not a heading style: the table of contents would list itself.
    new Paragraph({ children: [new TextRun({ text: words.contents, bold: true, size: 32 })] }),
    new TableOfContents(words.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  // The figures' bitmaps first: they draw in libvips' threads while the rest is built here.
  for (const section of doc.sections) {
    for (const b of section.blocks) if (b.type === 'figure') void fallbackBitmap(b.svg);
  }
  // Every block at once (figures draw in parallel), then in order.
  const sections = await Promise.all(
    doc.sections.map(async (section) => ({
      section,
      blocks: await Promise.all(section.blocks.map((b) => block(b, section.level, photos))),
    })),
  );
  for (const { section, blocks } of sections) {
    if (startsOnNewPage(section)) children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(heading(section.title, section.level));
    for (const made of blocks) children.push(...made);
  }
  children.push(
    new Paragraph({}),
    new Paragraph({ children: [new TextRun({ text: doc.colophon, italics: true })] }),
  );

  const document = new Document({
    title: doc.title,
    creator: 'Werkplaats',
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, color: '444444' },
          paragraph: { indent: { left: 720 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
