import type { OutlineSection } from '../../../../../domain/reportDocument/outline.ts';

interface Group {
  readonly head: OutlineSection;
  readonly parts: OutlineSection[];
}

/** A top-level section with the level-2 sections under it (a day's blocks, a part's parts). */
function groupsOf(sections: readonly OutlineSection[]): Group[] {
  const groups: Group[] = [];
  for (const section of sections) {
    const last = groups.at(-1);
    if (section.level === 2 && last) last.parts.push(section);
    else groups.push({ head: section, parts: [] });
  }
  return groups;
}

/**
 * The sections a section moves among, in order: the other blocks of its day (or parts of its
 * part), or the other top-level sections that are not days. Days follow the programme.
 */
export function siblingsOf(sections: readonly OutlineSection[], id: string): OutlineSection[] {
  const groups = groupsOf(sections);
  const parent = groups.find((g) => g.parts.some((p) => p.id === id));
  if (parent) return parent.parts;
  return groups.map((g) => g.head).filter((s) => s.movable);
}

export interface Move {
  /** Every section id in the new order: what `orderReportSections` gets. */
  readonly sectionIds: string[];
  /** The section's place among its siblings after the move, from 1. */
  readonly position: number;
  readonly total: number;
}

/** The order after moving `id` one place up or down among its siblings; null at either end. */
export function moveSection(
  sections: readonly OutlineSection[],
  id: string,
  direction: 'up' | 'down',
): Move | null {
  const siblings = siblingsOf(sections, id);
  const from = siblings.findIndex((s) => s.id === id);
  const to = from + (direction === 'up' ? -1 : 1);
  const other = siblings[to];
  if (from === -1 || !other) return null;
  const swap = (s: OutlineSection) =>
    s.id === id ? other : s.id === other.id ? siblings[from]! : s;
  const groups = groupsOf(sections);
  const byHead = new Map(groups.map((g) => [g.head.id, g]));
  const moved = groups.map((g) => byHead.get(swap(g.head).id)!);
  const sectionIds = moved.flatMap((g) => [g.head.id, ...g.parts.map(swap).map((s) => s.id)]);
  return { sectionIds, position: to + 1, total: siblings.length };
}

/**
 * A section's name for its buttons: its title, or "Parent: title" when another section has
 * the same title (a block and its part in the appendix are both "De kracht van de ander").
 */
export function labelOf(sections: readonly OutlineSection[], section: OutlineSection): string {
  const twins = sections.filter((s) => s.title === section.title).length;
  if (twins < 2 || section.level === 1) return section.title;
  const parent = groupsOf(sections).find((g) => g.parts.some((p) => p.id === section.id))?.head;
  return parent ? `${parent.title}: ${section.title}` : section.title;
}
