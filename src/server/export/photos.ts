import { ImageRun, Paragraph, TextRun, type FileChild } from 'docx';
import type { Content } from 'pdfmake/interfaces';
import type { ReportBlock } from '../../domain/report.ts';

type PhotoBlock = Extract<ReportBlock, { type: 'photo' }>;

/**
 * The JPEGs of the photos a report shows, by photo id. Loaded before rendering (see
 * `report.ts`), so the renderers stay synchronous over one document and never read storage.
 */
export type PhotoBytes = ReadonlyMap<string, Uint8Array>;
export const NO_PHOTOS: PhotoBytes = new Map();

const base64 = (jpeg: Uint8Array) => Buffer.from(jpeg).toString('base64');

/** Where the Markdown expects the photo: a `photos` folder beside the file. */
export const markdownPhotoPath = (photoId: string) => `photos/${photoId}.jpg`;

/** An image with its caption as alt text, then the caption in italics as with figures. */
export function markdownPhoto(b: PhotoBlock, escape: (text: string) => string): string {
  return `![${escape(b.caption)}](${markdownPhotoPath(b.photoId)})\n\n*${escape(b.caption)}*`;
}

/**
 * In the page itself as a data: URI, so a downloaded HTML file stands alone; the size
 * attributes keep the layout steady while it loads. Without its bytes only the caption stays.
 */
export function htmlPhoto(b: PhotoBlock, photos: PhotoBytes, escape: (text: string) => string) {
  const caption = `<figcaption>${escape(b.caption)}</figcaption>`;
  const jpeg = photos.get(b.photoId);
  if (!jpeg) return `<figure class="photo">${caption}</figure>`;
  const img = `<img src="data:image/jpeg;base64,${base64(jpeg)}" alt="${escape(b.caption)}" width="${b.width}" height="${b.height}">`;
  return `<figure class="photo">${img}${caption}</figure>`;
}

/** Word's page: A4 with 2 cm margins holds 600 × 780 px at 96 dpi with room for the caption. */
const DOCX_MAX = { width: 600, height: 780 };

/** The size that fits `box` and keeps the photo's shape. */
export function fitInto(b: PhotoBlock, box: { width: number; height: number }) {
  const scale = Math.min(box.width / b.width, box.height / b.height, 1);
  return { width: Math.round(b.width * scale), height: Math.round(b.height * scale) };
}

/** As the figures in `docxFigure.ts`: the image, kept with its caption in italics below. */
export function docxPhoto(b: PhotoBlock, photos: PhotoBytes): FileChild[] {
  const caption = new Paragraph({ children: [new TextRun({ text: b.caption, italics: true })] });
  const jpeg = photos.get(b.photoId);
  if (!jpeg) return [caption];
  const image = new ImageRun({
    type: 'jpg',
    data: Buffer.from(jpeg),
    transformation: fitInto(b, DOCX_MAX),
    altText: { name: b.caption, description: b.caption, title: b.caption },
  });
  return [new Paragraph({ keepNext: true, children: [image] }), caption];
}

/** In the PDF at text width, never taller than a page, caption below. */
export function pdfPhoto(b: PhotoBlock, photos: PhotoBytes, box: [number, number]): Content[] {
  const caption: Content = { text: b.caption, style: 'caption' };
  const jpeg = photos.get(b.photoId);
  if (!jpeg) return [caption];
  return [
    {
      image: `data:image/jpeg;base64,${base64(jpeg)}`,
      fit: box,
      margin: [0, 6, 0, 2],
    },
    caption,
  ];
}
