import { metrics, placeRow, type Area, type LayoutItem, type PlacedText } from './svgLayout.ts';
import { wrapText } from './svgText.ts';

/**
 * One zone's items cut into pages, for the projector's picture of one tree. Unlike
 * `layoutZone` (the report's picture, one page, "+N meer" when full), nothing is left out and
 * type never goes below the smallest size given: that size is what stays readable from the
 * back of the room, so a zone that does not fit at it goes on on a next page instead.
 */
export interface PagedZone {
  readonly size: number;
  readonly lineHeight: number;
  /** At least one page; an empty zone has one empty page. */
  readonly pages: readonly (readonly PlacedText[])[];
}

/** Fewer characters to a line than this reads as a column of single words. */
const MIN_CHARS = 16;

/**
 * The largest of `sizes` (largest first) at which all items fit on one page; when none does,
 * the smallest size, with the column count that needs the fewest pages.
 */
export function pageZone(
  items: readonly LayoutItem[],
  area: Area,
  sizes: readonly number[],
): PagedZone {
  for (const size of sizes) {
    for (const columns of area.columns) {
      // Large type in narrow columns breaks every few words: rather a size smaller.
      if (metrics(size, area, columns).chars(false) < MIN_CHARS) continue;
      const zone = paginate(items, area, size, columns);
      if (zone.pages.length === 1 && !zone.cut) return zone;
    }
  }
  const smallest = sizes[sizes.length - 1] ?? 36;
  const options = area.columns.map((columns) => balanced(items, area, smallest, columns));
  return options.reduce((best, zone) => (zone.pages.length < best.pages.length ? zone : best));
}

/**
 * Filling page after page leaves a last page with one item (7 items: 3, 3, 1); as many pages
 * with the rows spread evenly (3, 2, 2) read as one list, so that is used when it fits.
 */
function balanced(items: readonly LayoutItem[], area: Area, size: number, columns: number) {
  const greedy = paginate(items, area, size, columns);
  const pages = greedy.pages.length;
  if (pages < 2) return greedy;
  const rows = Math.ceil(items.length / columns);
  const even = paginate(items, area, size, columns, (row) => Math.floor((row * pages) / rows));
  return even.pages.length === pages ? even : greedy;
}

/**
 * Rows of `columns` items, in reading order; a row that does not fit, or that `pageOfRow`
 * puts on a later page, starts the next page.
 */
function paginate(
  items: readonly LayoutItem[],
  area: Area,
  size: number,
  columns: number,
  pageOfRow: (row: number) => number = () => 0,
): PagedZone & { cut: boolean } {
  const m = metrics(size, area, columns);
  // An item alone taller than the area (a 500-character text in the narrow can column) is
  // cut with "…" rather than drawn over the edge; every other item is drawn whole.
  const maxLines = Math.max(1, Math.floor(area.height / m.lineHeight));
  let cut = false;
  const wrap = (item: LayoutItem) => {
    const lines = wrapText(item.text, m.chars(item.bold), Infinity);
    if (lines.length <= maxLines) return lines;
    cut = true;
    return wrapText(item.text, m.chars(item.bold), maxLines);
  };
  const pages: PlacedText[][] = [];
  let page: PlacedText[] = [];
  let top = area.y;
  for (let start = 0; start < items.length; start += columns) {
    const row = items.slice(start, start + columns).map((item) => ({
      item,
      lines: wrap(item),
    }));
    const rowLines = Math.max(...row.map((w) => w.lines.length));
    const later = pageOfRow(start / columns) > pages.length;
    if (page.length > 0 && (later || top + rowLines * m.lineHeight > area.y + area.height)) {
      pages.push(page);
      page = [];
      top = area.y;
    }
    page.push(...placeRow(row, area, m, top, size));
    top += rowLines * m.lineHeight + m.gap;
  }
  pages.push(page);
  return { size, lineHeight: m.lineHeight, pages, cut };
}
