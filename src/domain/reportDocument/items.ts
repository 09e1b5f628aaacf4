import type { ReportBlock } from '../report.ts';
import { itemKey, normaliseItemText } from '../reportLayout/itemKey.ts';

/** What a facilitator can hide in a section: one generated thing a reader sees on its own. */
export type ReportItemType =
  'paragraph' | 'listItem' | 'tableRow' | 'quote' | 'figure' | 'keyFigure' | 'count' | 'photo';

/** One item of a section: its key, what it is, its words, and where it sits. */
export interface SectionItem {
  readonly key: string;
  readonly type: ReportItemType;
  /** The item's words as a reader sees them (a row's cells joined, a figure's caption). */
  readonly text: string;
  /** The block it is in, and its place in that block's list, rows or counts (0 otherwise). */
  readonly block: number;
  readonly index: number;
}

/**
 * Every item of a section's blocks, keyed by its type and words (see `itemKey`). A key uses
 * what identifies the item and not what the data changes: a figure's caption, not its drawing;
 * a key figure's or count's label, not its number.
 */
export function sectionItems(blocks: readonly ReportBlock[]): SectionItem[] {
  const seen = new Map<string, number>();
  const items: SectionItem[] = [];
  const add = (type: ReportItemType, identity: string, text: string, block: number, index = 0) => {
    const counted = `${type}\u0000${normaliseItemText(identity)}`;
    const occurrence = (seen.get(counted) ?? 0) + 1;
    seen.set(counted, occurrence);
    items.push({ key: itemKey(type, identity, occurrence), type, text, block, index });
  };
  blocks.forEach((b, i) => {
    switch (b.type) {
      case 'heading':
        return;
      case 'paragraph':
        return add('paragraph', b.text, b.text, i);
      case 'quote':
        return add('quote', b.text, b.source ? `${b.text} (${b.source})` : b.text, i);
      case 'figure':
        return add('figure', b.caption, b.caption, i);
      case 'keyFigure':
        return add('keyFigure', b.label, `${b.value} ${b.label}`, i);
      case 'list':
        return b.items.forEach((item, j) => add('listItem', item, item, i, j));
      case 'table':
        return b.rows.forEach((row, j) => {
          const text = row.join(' | ');
          add('tableRow', text, text, i, j);
        });
      case 'counts':
        return b.items.forEach((c, j) => add('count', c.label, `${c.label}: ${c.value}`, i, j));
      // A photo is itself whatever its caption says: its id, so a new caption keeps the hide.
      case 'photo':
        return add('photo', b.photoId, b.caption, i);
      default:
        return unknownBlock(b);
    }
  });
  return items;
}

/** A new block type must say here what its items are (the compiler points at this). */
function unknownBlock(block: never): void {
  void block;
}
