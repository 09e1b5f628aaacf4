import fs from 'node:fs';
import { DomainError } from '../../domain/errors.ts';

const DIR = '/usr/share/fonts/truetype/dejavu';

/**
 * DejaVu Sans from Debian's `fonts-dejavu-core`, the font the figures are drawn with. Roboto
 * (bundled with pdfmake) covers Dutch, but not the Arabic and fewer of the Turkish letters
 * participants' names may hold; DejaVu has those glyphs. pdfmake does no Arabic shaping or
 * right-to-left ordering, so Arabic shows as separate letters, left to right: readable for a
 * name, not for a paragraph.
 */
export const DEJAVU_FILES = {
  normal: `${DIR}/DejaVuSans.ttf`,
  bold: `${DIR}/DejaVuSans-Bold.ttf`,
  italics: `${DIR}/DejaVuSans-Oblique.ttf`,
  bolditalics: `${DIR}/DejaVuSans-BoldOblique.ttf`,
} as const;

/** The font family name the document definition uses. */
export const PDF_FONT = 'DejaVuSans';

/**
 * The font files, or a coded refusal naming the package to install: without them pdfmake
 * would fail deep inside with "ENOENT". Checked on every render, so installing the package
 * helps without a restart.
 */
export function pdfFontFiles(): typeof DEJAVU_FILES {
  const missing = Object.values(DEJAVU_FILES).filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new DomainError(
      'WP_ERR_EXPORT_UNAVAILABLE',
      { format: 'pdf' },
      `PDF export needs DejaVu Sans (apt-get install fonts-dejavu-core); missing: ${missing.join(', ')}`,
    );
  }
  return DEJAVU_FILES;
}

/** Only the font files may be read from disk while making a PDF: never a path from content. */
export function isPdfFontFile(path: string): boolean {
  return (Object.values(DEJAVU_FILES) as string[]).includes(path);
}
