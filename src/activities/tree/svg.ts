import { can, crown, ground, rootLines } from './svgScenery.ts';
import { layoutZone, type Area } from './svgLayout.ts';
import { escapeXml, textBlock } from './svgText.ts';

/**
 * The picture of one group's tree, as an SVG string. A pure function (no DOM, no browser), so
 * the projector, the console and the report draw exactly the same picture: the projector puts
 * the string in the page, the report embeds it as a figure.
 *
 * Layout (viewBox 1400 × 1080): the crown with the fruits at the top left, the trunk below it,
 * the soil with the roots at the bottom, the watering can with its items on the right.
 */
export interface TreePictureItem {
  readonly text: string;
  /** Named by another group too: drawn with a star and in bold when `markShared` is on. */
  readonly shared?: boolean;
}

export interface TreePicture {
  /** Shown at the top and used as the SVG's <title>, e.g. "Groep 1 · Individueel gericht". */
  readonly title: string;
  readonly roots: readonly TreePictureItem[];
  readonly wateringCan: readonly TreePictureItem[];
  readonly fruits: readonly TreePictureItem[];
  readonly labels: {
    readonly roots: string;
    readonly wateringCan: string;
    readonly fruits: string;
    /** The cell that stands for the items that did not fit, e.g. "+3 meer". */
    more(count: number): string;
    /** Shown in an empty zone. */
    readonly empty: string;
    /** Explains the star; drawn only when a shared item is marked. */
    readonly sharedLegend: string;
  };
}

export interface TreeSvgOptions {
  readonly markShared?: boolean;
}

export const TREE_VIEWBOX = { width: 1400, height: 1080 } as const;
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
export const INK = '#1b1b1b';

/** Coordinates with one decimal: shorter SVG, same picture. */
export const r = (value: number) => Math.round(value * 10) / 10;

/** Where each zone's items go, and how each item is marked (size = the font size used). */
export interface ZoneDrawing {
  readonly area: Area;
  readonly marker: (x: number, baseline: number, size: number) => string;
}

export const FRUITS: ZoneDrawing = {
  area: { x: 110, y: 172, width: 780, height: 375, columns: [1, 2, 3] },
  marker: (x, y, s) =>
    `<circle cx="${r(x + s * 0.45)}" cy="${r(y - s * 0.34)}" r="${r(s * 0.42)}" fill="#c0392b"/>` +
    `<ellipse cx="${r(x + s * 0.7)}" cy="${r(y - s * 0.86)}" rx="${r(s * 0.22)}" ry="${r(s * 0.11)}" fill="#2f6b2f"/>`,
};
export const WATERING_CAN: ZoneDrawing = {
  area: { x: 1000, y: 272, width: 375, height: 406, columns: [1] },
  marker: (x, y, s) =>
    `<path d="M${r(x + s * 0.45)} ${r(y - s * 0.9)} q${r(s * 0.36)} ${r(s * 0.52)} 0 ${r(s * 0.76)} q${r(-s * 0.36)} ${r(-s * 0.24)} 0 ${r(-s * 0.76)}z" fill="#2b6f99"/>`,
};
export const ROOTS: ZoneDrawing = {
  area: { x: 40, y: 774, width: 1330, height: 256, columns: [2, 3, 4] },
  marker: (x, y, s) =>
    `<rect x="${r(x + s * 0.2)}" y="${r(y - s * 0.62)}" width="${r(s * 0.5)}" height="${r(s * 0.5)}" rx="${r(s * 0.12)}" fill="#7a4a24"/>`,
};

export function treeSvg(picture: TreePicture, options: TreeSvgOptions = {}): string {
  const mark = options.markShared ?? false;
  const { labels } = picture;
  const anyShared =
    mark && [...picture.roots, ...picture.wateringCan, ...picture.fruits].some((i) => i.shared);
  const { width, height } = TREE_VIEWBOX;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`,
    ` role="img" aria-label="${escapeXml(description(picture))}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(picture.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fbfaf6"/>`,
    // Soil, ground line, trunk, roots, crown: the tree itself.
    ground(width, height),
    rootLines(),
    crown(),
    can(),
    // Headings of the zones and the title.
    textBlock(
      [picture.title],
      { x: 40, y: 54, size: 38, lineHeight: 44 },
      { fill: INK, bold: true },
    ),
    textBlock(
      [labels.fruits],
      { x: 500, y: 152, size: 38, lineHeight: 44 },
      { fill: '#1f4d1f', bold: true, anchor: 'middle' },
    ),
    textBlock(
      [labels.wateringCan],
      { x: 1000, y: 250, size: 38, lineHeight: 44 },
      { fill: '#1d4a6b', bold: true },
    ),
    textBlock(
      [labels.roots],
      { x: 40, y: 752, size: 38, lineHeight: 44 },
      { fill: '#5a3315', bold: true },
    ),
    items(picture.fruits, FRUITS, labels, mark),
    items(picture.wateringCan, WATERING_CAN, labels, mark),
    items(picture.roots, ROOTS, labels, mark),
    anyShared
      ? textBlock(
          [`★ ${labels.sharedLegend}`],
          { x: width - 30, y: height - 20, size: 22, lineHeight: 26 },
          { fill: INK, anchor: 'end' },
        )
      : '',
    '</svg>',
  ].join('');
}

/** Everything the picture says, for screen readers (role="img" hides the drawn text). */
export function description(picture: TreePicture): string {
  const zone = (label: string, list: readonly TreePictureItem[]) =>
    `${label}: ${list.length ? list.map((i) => i.text).join('; ') : picture.labels.empty}.`;
  return [
    `${picture.title}.`,
    zone(picture.labels.roots, picture.roots),
    zone(picture.labels.wateringCan, picture.wateringCan),
    zone(picture.labels.fruits, picture.fruits),
  ].join(' ');
}

/** The items of one zone, as large as they fit in its area (see `layoutZone`). */
function items(
  list: readonly TreePictureItem[],
  drawing: ZoneDrawing,
  labels: TreePicture['labels'],
  mark: boolean,
): string {
  if (list.length === 0) {
    const { x, y } = drawing.area;
    return textBlock(
      [labels.empty],
      { x: x + 30, y: y + 30, size: 27, lineHeight: 32 },
      { fill: '#4a4a4a', italic: true },
    );
  }
  const layout = layoutZone(
    list.map((item) => {
      const starred = mark && !!item.shared;
      return { text: starred ? `★ ${item.text}` : item.text, bold: starred };
    }),
    drawing.area,
    labels.more,
  );
  const { size, lineHeight } = layout;
  return layout.placed
    .map(
      (p) =>
        (p.more ? '' : drawing.marker(p.x, p.y, size)) +
        textBlock(p.lines, { x: p.textX, y: p.y, size, lineHeight }, { fill: INK, bold: p.bold }),
    )
    .join('');
}
