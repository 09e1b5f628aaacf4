import type { ReportLayout } from '../reportLayout/state.ts';
import { own } from '../ids.ts';
import type { ReportDocument, SectionKind } from './document.ts';
import type { ReportItemType } from './items.ts';
import { sectionItems } from './items.ts';

/** One item as the console lists it: enough words to recognise it, and whether it is hidden. */
export interface OutlineItem {
  readonly key: string;
  readonly type: ReportItemType;
  readonly text: string;
  readonly hidden: boolean;
}

/** A section as the console's report editor shows it. */
export interface OutlineSection {
  readonly id: string;
  readonly kind: SectionKind;
  readonly level: 1 | 2;
  readonly title: string;
  /** Days follow the programme; every other section can move (see `orderSections`). */
  readonly movable: boolean;
  readonly items: readonly OutlineItem[];
}

/** Longer items are cut for the list; the preview shows them whole. */
const SHORT = 160;

/**
 * The report as data for the editor: every section in the facilitators' order with its items
 * and their keys. `document` is built with pseudonyms and with hidden items kept
 * (`showHidden`), so the console can show them greyed out and offer to show them again.
 */
export function reportOutline(document: ReportDocument, layout: ReportLayout): OutlineSection[] {
  return document.sections.map((section) => {
    const hidden = own(layout.hidden, section.id) ?? [];
    const items = sectionItems(section.blocks).map((item) => ({
      key: item.key,
      type: item.type,
      text: item.text.length > SHORT ? `${item.text.slice(0, SHORT - 1)}…` : item.text,
      hidden: hidden.includes(item.key),
    }));
    const { id, kind, level, title } = section;
    return { id, kind, level, title, movable: kind !== 'day', items };
  });
}
