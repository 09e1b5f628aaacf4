import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportBlock } from '../../domain/report.ts';
import type { ReportDocument } from '../../domain/reportDocument/document.ts';
import { fallbackBitmap } from './docxFigure.ts';
import { isPdfFontFile, pdfFontFiles, PDF_FONT } from './pdfFonts.ts';
import { PDF_STYLES, TEXT_HEIGHT, TEXT_WIDTH } from './pdfStyles.ts';
import { pdfRuns } from './pdfRuns.ts';
import { NO_PHOTOS, pdfPhoto, type PhotoBytes } from './photos.ts';

// pdfmake fetches any URL and reads any local file an image or font names. Ours are data URLs
// and the font files only; everything else is refused, whatever a document holds.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(isPdfFontFile);

/** A block heading sits under its section's, as in the other renderers (see markdown.ts). */
const headingStyle = (level: number) => `h${Math.min(Math.max(level, 1), 4)}`;

const paragraphs = (text: string): Content[] =>
  text.split(/\n{2,}/).map((p) => ({ text: p, style: 'paragraph' }));

async function block(b: ReportBlock, sectionLevel: number, photos: PhotoBytes): Promise<Content[]> {
  switch (b.type) {
    case 'heading':
      return [
        {
          text: b.runs ? pdfRuns(b.runs) : b.text,
          style: headingStyle(sectionLevel + b.level - 2),
        },
      ];
    case 'paragraph':
      return b.runs ? [{ text: pdfRuns(b.runs), style: 'paragraph' }] : paragraphs(b.text);
    case 'list': {
      const title: Content[] = b.title ? [{ text: b.title, style: 'listTitle' }] : [];
      const items = b.items.map((item, i) => {
        const runs = b.itemRuns?.[i];
        return runs ? { text: pdfRuns(runs) } : item;
      });
      return [...title, b.ordered ? { ol: items, style: 'list' } : { ul: items, style: 'list' }];
    }
    case 'table': {
      // pdfmake needs every row as wide as the header; a short row is padded with empty cells.
      const width = b.columns.length;
      const pad = (row: readonly string[]) =>
        Array.from({ length: width }, (_, i) => ({ text: row[i] ?? '' }));
      return [
        {
          style: 'table',
          layout: 'lightHorizontalLines',
          table: {
            // Repeated at the top of every page the table runs onto.
            headerRows: 1,
            widths: b.columns.map(() => '*'),
            body: [b.columns.map((c) => ({ text: c, style: 'tableHeader' })), ...b.rows.map(pad)],
          },
        },
      ];
    }
    case 'quote':
      return [
        { text: b.text, style: 'quote' },
        ...(b.source ? [{ text: `— ${b.source}`, style: 'quoteSource' }] : []),
      ];
    case 'figure': {
      const png = await fallbackBitmap(b.svg);
      return [
        {
          image: `data:image/png;base64,${png.toString('base64')}`,
          // At text width, and never taller than a page (a tall tree shrinks to fit).
          fit: [TEXT_WIDTH, TEXT_HEIGHT],
          margin: [0, 6, 0, 2],
        },
        { text: b.caption, style: 'caption' },
      ];
    }
    case 'photo':
      // Leaves room under a page-high photo for its caption.
      return pdfPhoto(b, photos, [TEXT_WIDTH, TEXT_HEIGHT - 40]);
    case 'counts':
      return [
        {
          style: 'counts',
          layout: 'noBorders',
          table: {
            body: b.items.map((i) => [i.label, { text: String(i.value), bold: true }]),
          },
        },
      ];
    case 'keyFigure':
      return [
        {
          style: 'keyFigure',
          text: [{ text: b.value, style: 'keyFigureValue' }, ` ${b.label}`],
        },
      ];
  }
}

function titlePage(doc: ReportDocument): Content[] {
  return [
    { text: doc.title, style: 'title' },
    ...doc.subtitle.map((line): Content => ({ text: line, style: 'subtitle' })),
    { text: doc.colophon, style: 'colophon', pageBreak: 'after' },
  ];
}

/** The document definition: exported so tests can look at the structure without a PDF. */
export async function pdfDefinition(
  doc: ReportDocument,
  words: { contents: string },
  photos: PhotoBytes = NO_PHOTOS,
): Promise<TDocumentDefinitions> {
  // Every block at once (figures draw in parallel off the event loop), then in order.
  const sections = await Promise.all(
    doc.sections.map(async (section) => ({
      section,
      blocks: await Promise.all(section.blocks.map((b) => block(b, section.level, photos))),
    })),
  );
  const content: Content[] = [
    ...titlePage(doc),
    {
      toc: { title: { text: words.contents, style: 'tocTitle' } },
      pageBreak: 'after',
    },
  ];
  sections.forEach(({ section, blocks }, i) => {
    content.push({
      text: section.title,
      style: headingStyle(section.level),
      // The contents and the PDF's bookmarks list the days and the parts around them, and blocks.
      tocItem: true,
      tocMargin: [(section.level - 1) * 14, 0, 0, 0],
      outline: true,
      // A day starts on a new page, as in the Word report (not the first: the contents did).
      ...(section.kind === 'day' && i > 0 ? { pageBreak: 'before' as const } : {}),
    });
    for (const made of blocks) content.push(...made);
  });
  return {
    pageSize: 'A4',
    // 2 cm around the text, a little more at the bottom for the page number.
    pageMargins: [57, 57, 57, 70],
    language: doc.language,
    info: { title: doc.title, creator: 'Werkplaats', producer: 'Werkplaats (pdfmake)' },
    defaultStyle: { font: PDF_FONT, fontSize: 10.5, lineHeight: 1.25 },
    styles: PDF_STYLES,
    // "3 / 12" on every page but the title page.
    footer: (page, pages) =>
      page === 1 ? null : { text: `${page} / ${pages}`, style: 'pageNumber' },
    content,
  };
}

/**
 * The report as an A4 PDF made on the server with pdfmake: a title page, the contents (with
 * page numbers), headings that are also bookmarks, lists, tables whose header row repeats on
 * every page, figures as the same bitmaps the Word file carries, and "3 / 12" at the foot of
 * each page. All text is text in pdfmake's document model, never markup: participants' words
 * cannot become links, images or file paths.
 */
export async function renderPdf(
  doc: ReportDocument,
  words: { contents: string },
  photos: PhotoBytes = NO_PHOTOS,
): Promise<Buffer> {
  pdfmake.setFonts({ [PDF_FONT]: { ...pdfFontFiles() } });
  const definition = await pdfDefinition(doc, words, photos);
  return pdfmake.createPdf(definition).getBuffer();
}
