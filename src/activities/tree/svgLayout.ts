import { wrapText } from './svgText.ts';

/**
 * Fitting one zone's items into its area of the picture, as large as they fit: a tree with
 * four roots shows them in big type, one with twenty in small type, and only when even the
 * smallest type cannot hold them all does the last cell say "+N meer". Widths are estimated
 * from character counts (no browser to measure with), with room for wide letters.
 */
export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Column counts to try, fewest first. */
  readonly columns: readonly number[];
}

export interface LayoutItem {
  readonly text: string;
  readonly bold: boolean;
}

export interface PlacedText {
  /** Where the cell starts (the marker goes here); the text starts at `textX`. */
  readonly x: number;
  readonly textX: number;
  /** Baseline of the first line. */
  readonly y: number;
  readonly lines: readonly string[];
  readonly bold: boolean;
  /** The "+N meer" cell rather than an item. */
  readonly more: boolean;
}

export interface ZoneLayout {
  readonly size: number;
  readonly lineHeight: number;
  readonly placed: readonly PlacedText[];
}

/** Font sizes to try, largest first (in viewBox units; the picture is 1400 wide). */
export const SIZES = [40, 34, 30, 27, 24, 21] as const;
/** More lines than this for one item reads as a paragraph, not a label. */
const MAX_LINES = 4;
const CHAR_WIDTH = 0.58;
const BOLD_WIDTH = 0.64;

/** Marker width, column width, characters a line holds, line height and gap at `size`. */
export function metrics(size: number, area: Area, columns: number) {
  const marker = Math.round(size * 1.3);
  const cell = area.width / columns;
  const chars = (bold: boolean) =>
    Math.max(
      4,
      Math.floor((cell - marker - size * 0.4) / (size * (bold ? BOLD_WIDTH : CHAR_WIDTH))),
    );
  return {
    marker,
    cell,
    chars,
    lineHeight: Math.round(size * 1.18),
    gap: Math.round(size * 0.5),
  };
}

/** Lays out `items` in `area`; `more(n)` words the cell for items that did not fit. */
export function layoutZone(
  items: readonly LayoutItem[],
  area: Area,
  more: (count: number) => string,
): ZoneLayout {
  for (const size of SIZES) {
    for (const columns of area.columns) {
      const fitted = tryLayout(items, area, size, columns);
      if (fitted) return fitted;
    }
  }
  return squeezed(items, area, more);
}

function tryLayout(
  items: readonly LayoutItem[],
  area: Area,
  size: number,
  columns: number,
): ZoneLayout | null {
  const m = metrics(size, area, columns);
  // One line more than fits is enough to know that an item does not fit.
  const wrap = (item: LayoutItem) => ({
    item,
    lines: wrapText(item.text, m.chars(item.bold), MAX_LINES + 1),
  });
  const placed: PlacedText[] = [];
  let top = area.y;
  // Row by row, giving up at the first item or row that does not fit: a big tree is tried
  // at several sizes, and most tries fail early.
  for (let start = 0; start < items.length; start += columns) {
    const row = items.slice(start, start + columns).map(wrap);
    if (row.some((w) => w.lines.length > MAX_LINES)) return null;
    const rowLines = Math.max(...row.map((w) => w.lines.length));
    if (top + rowLines * m.lineHeight > area.y + area.height) return null;
    placed.push(...placeRow(row, area, m, top, size));
    top += rowLines * m.lineHeight + m.gap;
  }
  return { size, lineHeight: m.lineHeight, placed };
}

/** One row of wrapped items, side by side in their columns, the first baseline at `top + size`. */
export function placeRow(
  row: readonly { item: LayoutItem; lines: readonly string[] }[],
  area: Area,
  m: { cell: number; marker: number },
  top: number,
  size: number,
): PlacedText[] {
  return row.map((w, col) => {
    const x = Math.round(area.x + col * m.cell);
    return {
      x,
      textX: x + m.marker,
      y: top + size,
      lines: w.lines,
      bold: w.item.bold,
      more: false,
    };
  });
}

/**
 * Too many items even at the smallest size: the items in order, three lines at most each,
 * as many rows as fit; the last cell then says how many more there are.
 */
function squeezed(
  items: readonly LayoutItem[],
  area: Area,
  more: (count: number) => string,
): ZoneLayout {
  const size = SIZES[SIZES.length - 1] ?? 21;
  const columns = area.columns[area.columns.length - 1] ?? 1;
  const m = metrics(size, area, columns);
  const placed: PlacedText[] = [];
  let top = area.y;
  for (let start = 0; start < items.length; start += columns) {
    const row = items.slice(start, start + columns).map((item) => ({
      item,
      lines: wrapText(item.text, m.chars(item.bold), 3),
    }));
    const rowLines = Math.max(...row.map((w) => w.lines.length));
    if (top + rowLines * m.lineHeight > area.y + area.height) break;
    row.forEach((w, col) => {
      const x = Math.round(area.x + col * m.cell);
      placed.push({
        x,
        textX: x + m.marker,
        y: top + size,
        lines: w.lines,
        bold: w.item.bold,
        more: false,
      });
    });
    top += rowLines * m.lineHeight + m.gap;
  }
  const last = placed.at(-1);
  if (last && placed.length < items.length) {
    placed[placed.length - 1] = {
      ...last,
      lines: [more(items.length - placed.length + 1)],
      bold: true,
      more: true,
    };
  }
  return { size, lineHeight: m.lineHeight, placed };
}
