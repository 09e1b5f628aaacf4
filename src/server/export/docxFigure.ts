import { Resvg } from '@resvg/resvg-js';
import { ImageRun, Paragraph, TextRun, type FileChild } from 'docx';

/** Figures fill the text width of an A4 page with 2 cm margins: about 16 cm, 600 px at 96 dpi. */
const WIDTH_PX = 600;
/** The bitmap Word shows when it cannot draw SVG: twice the size, so print stays sharp. */
const FALLBACK_SCALE = 2;

/**
 * A figure in the Word document: the SVG drawing itself (sharp at any zoom), with the bitmap
 * Word requires beside it for readers that cannot draw SVG, made with resvg (fonts from the
 * system, so Arabic and accents render). Its caption follows in italics.
 */
export async function svgFigure(svg: string, caption: string): Promise<FileChild[]> {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: WIDTH_PX * FALLBACK_SCALE },
    font: { loadSystemFonts: true },
  }).render();
  const height = Math.round((rendered.height / rendered.width) * WIDTH_PX);
  const image = new ImageRun({
    type: 'svg',
    data: Buffer.from(svg),
    transformation: { width: WIDTH_PX, height },
    fallback: { type: 'png', data: rendered.asPng() },
    altText: { name: caption, description: caption, title: caption },
  });
  return [
    new Paragraph({ children: [image] }),
    new Paragraph({ children: [new TextRun({ text: caption, italics: true })] }),
  ];
}
