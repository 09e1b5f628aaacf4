import { own } from '../ids.ts';
import type { ReportBlock } from '../report.ts';
import { emptyReportLayout, type ReportLayout } from '../reportLayout/state.ts';
import type { ReportDocument, ReportSection } from './document.ts';
import { sectionItems, type SectionItem } from './items.ts';

export interface LayoutOptions {
  /** False for the console's outline, which shows hidden items greyed out. */
  readonly hide: boolean;
  /**
   * The same report with pseudonyms, when this one has names: keys come from it (block by
   * block), so an item hidden in the outline stays hidden in a report with names.
   */
  readonly keysFrom?: () => ReportDocument;
}

/**
 * The facilitators' arrangement on top of the generated report: sections in the order they
 * chose, and without the items they hid. Pure, and the last step of building the document, so
 * everything before it still follows the data.
 */
export function applyLayout(
  document: ReportDocument,
  layout: ReportLayout = emptyReportLayout,
  options: LayoutOptions = { hide: true },
): ReportDocument {
  const ordered = orderSections(document.sections, layout.order);
  const anyHidden = Object.keys(layout.hidden).length > 0;
  if (!options.hide || !anyHidden) return { ...document, sections: ordered };
  const twin = options.keysFrom?.();
  const twins = new Map(twin?.sections.map((s) => [s.id, s]));
  const sections = ordered.map((section) => {
    const hidden = own(layout.hidden, section.id);
    if (!hidden || hidden.length === 0) return section;
    const items = keyedLike(section, twins.get(section.id));
    const gone = new Set(items.filter((i) => hidden.includes(i.key)).map(place));
    return gone.size === 0 ? section : { ...section, blocks: withoutItems(section.blocks, gone) };
  });
  return { ...document, sections };
}

/**
 * Sections in the facilitators' order. Days keep the programme's order; the other top-level
 * sections (with their parts) move among themselves, and a block or part moves within its
 * day or parent. A section the order does not name keeps its generated place.
 */
export function orderSections(
  sections: readonly ReportSection[],
  order: readonly string[],
): ReportSection[] {
  if (order.length === 0) return [...sections];
  const rank = new Map(order.map((id, i) => [id, i]));
  const groups: { head: ReportSection; parts: ReportSection[] }[] = [];
  for (const section of sections) {
    const last = groups.at(-1);
    if (section.level === 2 && last) last.parts.push(section);
    else groups.push({ head: section, parts: [] });
  }
  const tops = arrange(groups, (g) => (g.head.kind === 'day' ? undefined : rank.get(g.head.id)));
  return tops.flatMap((g) => [g.head, ...arrange(g.parts, (s) => rank.get(s.id))]);
}

/** Items ranked by the order go, in that order, into the places ranked items had. */
function arrange<T>(items: readonly T[], rankOf: (item: T) => number | undefined): T[] {
  const places = items.flatMap((item, i) => (rankOf(item) === undefined ? [] : [i]));
  const ranked = places.map((i) => items[i]!).sort((a, b) => rankOf(a)! - rankOf(b)!);
  const result = [...items];
  places.forEach((place, k) => (result[place] = ranked[k]!));
  return result;
}

/** A section's items, with the keys of the same items in `twin` where its blocks match. */
export function keyedLike(section: ReportSection, twin: ReportSection | undefined): SectionItem[] {
  const items = sectionItems(section.blocks);
  if (!twin) return items;
  const twinItems = sectionItems(twin.blocks);
  return items.map((item) => {
    const mine = section.blocks[item.block];
    const theirs = twin.blocks[item.block];
    const same = mine && theirs && mine.type === theirs.type && size(mine) === size(theirs);
    const match = same
      ? twinItems.find((t) => t.block === item.block && t.index === item.index)
      : undefined;
    return match ? { ...item, key: match.key } : item;
  });
}

const place = (item: Pick<SectionItem, 'block' | 'index'>) => `${item.block}:${item.index}`;

function size(block: ReportBlock): number {
  if (block.type === 'list' || block.type === 'counts') return block.items.length;
  if (block.type === 'table') return block.rows.length;
  return 1;
}

/**
 * The blocks without the hidden items. A list, table or set of counts left empty goes, and so
 * does a heading that had something under it and now has nothing.
 */
function withoutItems(blocks: readonly ReportBlock[], gone: ReadonlySet<string>): ReportBlock[] {
  const kept: (ReportBlock | null)[] = blocks.map((b, i) => {
    const keep = <T>(list: readonly T[]) => list.filter((_, j) => !gone.has(`${i}:${j}`));
    switch (b.type) {
      case 'heading':
        return b;
      case 'list': {
        const items = keep(b.items);
        if (items.length === 0) return null;
        // The facilitators' marks run parallel to the items: they go with them.
        return b.itemRuns ? { ...b, items, itemRuns: keep(b.itemRuns) } : { ...b, items };
      }
      case 'table': {
        const rows = keep(b.rows);
        return rows.length > 0 ? { ...b, rows } : null;
      }
      case 'counts': {
        const items = keep(b.items);
        return items.length > 0 ? { ...b, items } : null;
      }
      default:
        return gone.has(`${i}:0`) ? null : b;
    }
  });
  const result: ReportBlock[] = [];
  blocks.forEach((b, i) => {
    const now = kept[i];
    if (!now) return;
    if (b.type === 'heading' && emptied(blocks, kept, i, b.level)) return;
    result.push(now);
  });
  return result;
}

function emptied(
  blocks: readonly ReportBlock[],
  kept: readonly (ReportBlock | null)[],
  at: number,
  level: number,
): boolean {
  let had = false;
  let has = false;
  for (let j = at + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.type === 'heading' && b.level <= level) break;
    if (b.type === 'heading') continue;
    had = true;
    if (kept[j]) has = true;
  }
  return had && !has;
}
