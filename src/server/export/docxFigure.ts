import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { ImageRun, Paragraph, TextRun, type FileChild } from 'docx';

/** Figures fill the text width of an A4 page with 2 cm margins: about 16 cm, 600 px at 96 dpi. */
const WIDTH_PX = 600;
/**
 * The bitmap Word shows only when it cannot draw SVG (Word 2016 and LibreOffice draw the SVG):
 * at text width, 96 dpi. Larger made each tree figure cost 150–200 ms; this one a third.
 */
const FALLBACK_SCALE = 1;

/**
 * The fonts the bitmap is drawn with: DejaVu Sans (Latin, accents and Arabic), the font the
 * CI machine and Debian's Chromium bring. Loading every system font for each figure cost more
 * than drawing it; without DejaVu the system's fonts are used after all.
 */
const DEJAVU = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
  (file) => `/usr/share/fonts/truetype/dejavu/${file}`,
);
const FONTS = DEJAVU.every((file) => fs.existsSync(file))
  ? { fontFiles: DEJAVU, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
  : { loadSystemFonts: true };

/**
 * Bitmaps made before, by the drawing's hash: drawing text costs about 50 µs a letter (a full
 * tree 50–150 ms), and a facilitator downloads the same report again after a small change.
 * A Map keeps insertion order, so the oldest entry goes first when it is full.
 */
const bitmaps = new Map<string, Buffer>();
const KEEP = 200;

/**
 * The drawing as a PNG at text width (600 px), from the cache when it was drawn before. The
 * PDF uses the same bitmap, so a figure is drawn once for both formats.
 */
export async function fallbackBitmap(svg: string): Promise<Buffer> {
  const key = createHash('sha256').update(svg).digest('base64');
  const known = bitmaps.get(key);
  if (known) return known;
  // Off the event loop (libuv's thread pool), so several figures draw at once.
  const rendered = await renderAsync(svg, {
    fitTo: { mode: 'width', value: WIDTH_PX * FALLBACK_SCALE },
    font: FONTS,
  });
  const png = rendered.asPng();
  bitmaps.set(key, png);
  if (bitmaps.size > KEEP) bitmaps.delete(bitmaps.keys().next().value!);
  return png;
}

/**
 * A figure in the Word document: the SVG drawing itself (sharp at any zoom), with the bitmap
 * Word requires beside it for readers that cannot draw SVG, made with resvg (fonts from the
 * system, so Arabic and accents render). Its caption follows in italics.
 */
export async function svgFigure(svg: string, caption: string): Promise<FileChild[]> {
  const png = await fallbackBitmap(svg);
  // A PNG's header holds its size (width at byte 16, height at 20): the figure keeps its shape.
  const height = Math.round((png.readUInt32BE(20) / png.readUInt32BE(16)) * WIDTH_PX);
  const image = new ImageRun({
    type: 'svg',
    data: Buffer.from(svg),
    transformation: { width: WIDTH_PX, height },
    fallback: { type: 'png', data: png },
    altText: { name: caption, description: caption, title: caption },
  });
  return [
    new Paragraph({ children: [image] }),
    new Paragraph({ children: [new TextRun({ text: caption, italics: true })] }),
  ];
}
