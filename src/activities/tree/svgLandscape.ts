import {
  FONT,
  FRUITS,
  INK,
  ROOTS,
  WATERING_CAN,
  description,
  type TreePicture,
  type TreePictureItem,
  type TreeSvgOptions,
  type ZoneDrawing,
} from './svg.ts';
import type { Area } from './svgLayout.ts';
import {
  LANDSCAPE,
  PANEL,
  landscapeCanPanel,
  landscapeCrown,
  landscapeGround,
  landscapeRootLines,
} from './svgLandscapeScenery.ts';
import { pageZone, type PagedZone } from './svgPaging.ts';
import { escapeXml, textBlock } from './svgText.ts';

/**
 * The projector's picture of one tree: the same tree as `treeSvg` (the report's and the
 * phones' picture, which stays as it is), drawn wide (2016 × 960) so it fills a projector's
 * stage, with type that stays readable from the back of the room. The stage is about
 * 1216 × 620 px at 1280 × 720 and 1824 × 935 px at 1920 × 1080 (a pager row takes ~50–70 px
 * of it when there are pages), so one unit of the picture is at least ~0.59 px at 720p and
 * ~0.9 px at 1080p: items are never smaller than 36 units (≥ 21 px at 720p, ≥ 32 px at
 * 1080p), the zones' headings 56. What does not fit at 36 goes on on a next page: every item
 * is shown, none is summed up as "+N meer". Returns one SVG per page.
 */
export const PROJECTOR_SIZES = [48, 42, 38, 36] as const;
const LABEL_SIZE = 56;
const SMALL = 36;

interface LandscapeZone {
  readonly key: 'fruits' | 'wateringCan' | 'roots';
  readonly drawing: ZoneDrawing;
  readonly area: Area;
  /** The zone's heading; `anchor` middle centres it on x. */
  readonly label: { x: number; y: number; fill: string; anchor?: 'middle' };
  /** Right end of the heading's line, where "2/3" goes when the zone has pages. */
  readonly pageX: number;
}

const ZONES: readonly LandscapeZone[] = [
  {
    key: 'fruits',
    drawing: FRUITS,
    area: { x: 130, y: 172, width: 1040, height: 326, columns: [1, 2] },
    label: { x: 650, y: 150, fill: '#1f4d1f', anchor: 'middle' },
    pageX: 1170,
  },
  {
    key: 'wateringCan',
    drawing: WATERING_CAN,
    area: { x: PANEL.x + 30, y: 314, width: PANEL.width - 50, height: 626, columns: [1] },
    label: { x: PANEL.x + 30, y: 292, fill: '#1d4a6b' },
    pageX: PANEL.x + PANEL.width - 24,
  },
  {
    key: 'roots',
    drawing: ROOTS,
    area: { x: 40, y: 634, width: 1210, height: 308, columns: [1, 2] },
    label: { x: 40, y: 612, fill: '#5a3315' },
    pageX: 1250,
  },
];

export function treeProjectorSvgs(picture: TreePicture, options: TreeSvgOptions = {}): string[] {
  const mark = options.markShared ?? false;
  const laid = ZONES.map((zone) => {
    const list = picture[zone.key];
    const paged = pageZone(
      list.map((item) => starred(item, mark)),
      zone.area,
      PROJECTOR_SIZES,
    );
    return { zone, list, paged };
  });
  // Zones page together; a zone with fewer pages starts over, so no zone is ever empty.
  const pages = Math.max(...laid.map((z) => z.paged.pages.length));
  const anyShared = mark && laid.some((z) => z.list.some((i) => i.shared));
  const head = header(picture, anyShared);
  return Array.from({ length: pages }, (_, page) =>
    [
      head,
      ...laid.map(({ zone, list, paged }) =>
        zoneDrawing(zone, paged, page % paged.pages.length, list.length, picture.labels),
      ),
      '</svg>',
    ].join(''),
  );
}

function starred(item: TreePictureItem, mark: boolean) {
  const star = mark && !!item.shared;
  return { text: star ? `★ ${item.text}` : item.text, bold: star };
}

/** Everything every page has: the svg element, its description, the scenery and the title. */
function header(picture: TreePicture, anyShared: boolean): string {
  const { width, height } = LANDSCAPE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`,
    // The picture is laid out left to right, also when the page around it reads right to left.
    ` direction="ltr" role="img" aria-label="${escapeXml(description(picture))}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(picture.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fbfaf6"/>`,
    landscapeGround(),
    landscapeRootLines(),
    landscapeCrown(),
    landscapeCanPanel(),
    textBlock(
      [picture.title],
      { x: 40, y: 62, size: 50, lineHeight: 58 },
      { fill: INK, bold: true, part: 'label' },
    ),
    anyShared
      ? textBlock(
          [`★ ${picture.labels.sharedLegend}`],
          { x: width - 24, y: 58, size: SMALL, lineHeight: 42 },
          { fill: INK, anchor: 'end', part: 'legend' },
        )
      : '',
  ].join('');
}

/** One zone on one page: its heading (with "2/3" when it has pages) and that page's items. */
function zoneDrawing(
  zone: LandscapeZone,
  paged: PagedZone,
  page: number,
  count: number,
  labels: TreePicture['labels'],
): string {
  const { label, area } = zone;
  const heading = textBlock(
    [labels[zone.key]],
    { x: label.x, y: label.y, size: LABEL_SIZE, lineHeight: 64 },
    { fill: label.fill, bold: true, anchor: label.anchor, part: 'label' },
  );
  const total = paged.pages.length;
  const pageMark =
    total > 1
      ? textBlock(
          [`${page + 1}/${total}`],
          { x: zone.pageX, y: label.y, size: 40, lineHeight: 48 },
          { fill: label.fill, bold: true, anchor: 'end', part: 'page' },
        )
      : '';
  if (count === 0)
    return (
      heading +
      textBlock(
        [labels.empty],
        { x: area.x + 10, y: area.y + 44, size: 40, lineHeight: 48 },
        { fill: '#4a4a4a', italic: true, part: 'empty' },
      )
    );
  const { size, lineHeight } = paged;
  const items = (paged.pages[page] ?? [])
    .map(
      (p) =>
        zone.drawing.marker(p.x, p.y, size) +
        textBlock(
          p.lines,
          { x: p.textX, y: p.y, size, lineHeight },
          { fill: INK, bold: p.bold, part: 'item' },
        ),
    )
    .join('');
  return heading + pageMark + items;
}
