import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { ImageRun, Paragraph, TextRun, type FileChild } from 'docx';

/** Figures fill the text width of an A4 page with 2 cm margins: about 16 cm, 600 px at 96 dpi. */
const WIDTH_PX = 600;

/** SVG user units are read at 72 dpi by librsvg: the density that draws `width` at 600 px. */
function densityFor(svg: string): number | undefined {
  const root = /<svg\b[^>]*?\swidth="(\d+(?:\.\d+)?)(?:px)?"/.exec(svg.slice(0, 2000));
  const width = root ? Number(root[1]) : Number.NaN;
  return width > 0 ? (72 * WIDTH_PX) / width : undefined;
}

/**
 * Bitmaps made or being made, by the drawing's hash: a facilitator downloads the same report
 * again after a small change, and the renderer starts every figure before it builds the rest
 * (asking twice must not draw twice). A Map keeps insertion order, so the oldest entry goes
 * first when it is full.
 */
const bitmaps = new Map<string, Promise<Buffer>>();
const KEEP = 200;

/**
 * The drawing as a PNG at text width (600 px), the bitmap Word shows only when it cannot draw
 * SVG (Word 2016 and later draw the SVG itself). The PDF uses the same bitmap, so a figure is
 * drawn once for both formats.
 *
 * Drawn by sharp (libvips with librsvg, Pango and HarfBuzz, fonts from fontconfig: DejaVu Sans
 * on Debian, which covers Arabic): a tree of 60 items takes about 40 ms of a core, where resvg
 * took 75–150 ms, mostly laying out letters (decision 0014). libvips works in its own threads,
 * so figures draw while the event loop goes on. Drawing at the final size (density) instead of
 * drawing large and shrinking saves another tenth; a drawing without a plain width is drawn
 * and then fitted.
 */
export function fallbackBitmap(svg: string): Promise<Buffer> {
  const key = createHash('sha256').update(svg).digest('base64');
  const known = bitmaps.get(key);
  if (known) return known;
  const density = densityFor(svg);
  const drawn = density
    ? sharp(Buffer.from(svg), { density })
    : sharp(Buffer.from(svg)).resize({ width: WIDTH_PX });
  // 32 colours without dithering: the figures are flat colours and antialiased letters, and
  // look the same, in half the bytes (40 KiB a tree). Word's packer hashes (SHA-1) and
  // deflates every byte in JavaScript, on the thread that makes the document.
  const png = drawn
    .png({ palette: true, colours: 32, dither: 0, effort: 1, compressionLevel: 3 })
    .toBuffer();
  bitmaps.set(key, png);
  if (bitmaps.size > KEEP) bitmaps.delete(bitmaps.keys().next().value!);
  // A failed drawing is not kept: the next export tries again.
  png.catch(() => bitmaps.delete(key));
  return png;
}

/**
 * A figure in the Word document: the SVG drawing itself (sharp at any zoom), with the bitmap
 * Word requires beside it for readers that cannot draw SVG (`fallbackBitmap`). Its caption follows in italics.
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
