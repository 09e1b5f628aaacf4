/** Text helpers for the tree picture. Pure string work: no DOM, no measuring. */

/** Escapes text for use in SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxChars` characters, at spaces
 * where possible (a word longer than a line is cut with a hyphen). When the text does not fit, the last
 * line ends in "…". Character counts stand in for widths: the picture must be drawn without
 * a browser, and the sizes leave room for wide letters.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((word) => chunks(word, maxChars));
  const lines: string[] = [];
  let current = '';
  // Lengths in letters (code points, so an Arabic or emoji letter counts once), each word
  // counted once: a report draws thousands of items, each tried at several sizes.
  let currentLength = 0;
  for (const word of words) {
    const length = letterCount(word);
    const candidateLength = current ? currentLength + 1 + length : length;
    if (candidateLength <= maxChars) {
      current = current ? `${current} ${word}` : word;
      currentLength = candidateLength;
      continue;
    }
    lines.push(current);
    current = word;
    currentLength = length;
    // More lines than may be shown: the rest only decides that the last line ends in "…".
    if (lines.length > maxLines) break;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...(kept[maxLines - 1] ?? '')];
  kept[maxLines - 1] = `${last
    .slice(0, Math.max(0, maxChars - 1))
    .join('')
    .trimEnd()}…`;
  return kept;
}

/** Letters in `text`: code points, without making an array when every unit is one. */
function letterCount(text: string): number {
  // Any surrogate half means letters outside the first plane (emoji, some scripts).
  return /[\uD800-\uDFFF]/.test(text) ? [...text].length : text.length;
}

/** A word too long for a line is cut into parts that end in a hyphen ("Verwachtings-"). */
function chunks(word: string, size: number): string[] {
  const letters = [...word];
  if (letters.length <= size || size < 2) return [word];
  const parts: string[] = [];
  let rest = letters;
  while (rest.length > size) {
    parts.push(`${rest.slice(0, size - 1).join('')}-`);
    rest = rest.slice(size - 1);
  }
  parts.push(rest.join(''));
  return parts;
}

/** A multi-line `<text>`: one `<tspan>` per line, every line escaped. */
export function textBlock(
  lines: readonly string[],
  at: { x: number; y: number; size: number; lineHeight: number },
  style: {
    fill: string;
    bold?: boolean;
    italic?: boolean;
    anchor?: 'start' | 'middle' | 'end';
    /** `data-part`: what the text is ("item", "label"), so a browser test can find and measure it. */
    part?: string;
  },
): string {
  const attributes = [
    style.part ? `data-part="${style.part}"` : '',
    `x="${at.x}"`,
    `y="${at.y}"`,
    `font-size="${at.size}"`,
    `fill="${style.fill}"`,
    style.bold ? 'font-weight="700"' : '',
    style.italic ? 'font-style="italic"' : '',
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  // A space ends every line but the last, so the text reads (and copies, and is found) whole.
  const spans = lines
    .map((line, i) => {
      const text = i < lines.length - 1 && !line.endsWith('-') ? `${line} ` : line;
      return `<tspan x="${at.x}" y="${at.y + i * at.lineHeight}">${escapeXml(text)}</tspan>`;
    })
    .join('');
  return `<text ${attributes}>${spans}</text>`;
}
