import type { StyleDictionary } from 'pdfmake/interfaces';

/** A4 (595 pt wide) less 2 cm (57 pt) on each side: the width figures are drawn at. */
export const TEXT_WIDTH = 595 - 2 * 57;
/** A4 (842 pt high) less the margins, less room for a caption under a figure. */
export const TEXT_HEIGHT = 842 - 57 - 70 - 40;

/** The house green of the print style sheet and the Word report. */
const GREEN = '#2F5D50';

/**
 * The PDF's styles, in points: sizes follow the print style sheet (`printCss.ts`) so the
 * server's PDF and the browser's print look alike.
 */
export const PDF_STYLES: StyleDictionary = {
  title: { fontSize: 26, bold: true, color: GREEN, margin: [0, 180, 0, 16] },
  subtitle: { fontSize: 14, margin: [0, 0, 0, 4] },
  colophon: { fontSize: 9, italics: true, color: '#555555', margin: [0, 48, 0, 0] },
  tocTitle: { fontSize: 18, bold: true, margin: [0, 0, 0, 12] },
  h1: { fontSize: 18, bold: true, color: GREEN, margin: [0, 14, 0, 8] },
  h2: { fontSize: 14, bold: true, color: GREEN, margin: [0, 12, 0, 6] },
  h3: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
  h4: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
  paragraph: { margin: [0, 0, 0, 6] },
  listTitle: { bold: true, margin: [0, 2, 0, 2] },
  list: { margin: [0, 0, 0, 8] },
  table: { fontSize: 9.5, margin: [0, 2, 0, 10] },
  tableHeader: { bold: true },
  quote: { italics: true, color: '#444444', margin: [24, 2, 0, 2] },
  quoteSource: { color: '#444444', margin: [24, 0, 0, 8] },
  caption: { italics: true, fontSize: 9, margin: [0, 0, 0, 10] },
  counts: { margin: [0, 0, 0, 8] },
  keyFigure: { fontSize: 14, margin: [0, 4, 0, 8] },
  keyFigureValue: { fontSize: 20, bold: true, color: GREEN },
  pageNumber: { fontSize: 9, alignment: 'center', color: '#555555', margin: [0, 24, 0, 0] },
};
