import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FitSection } from './FitPages.tsx';
import { countFitting } from './measure.ts';

/** Page starts: [section][column] → index of each page's first item. */
export type Starts = number[][][];

export interface Measuring {
  readonly sig: string;
  readonly section: number;
  /** Next item to place per column of that section; null when the column is done. */
  readonly cursors: readonly (number | null)[];
  /** How many items to lay out per column for this step (grows when they all fit). */
  readonly take: readonly number[];
  readonly starts: Starts;
}

/**
 * Items laid out per measuring step: a few more than the last page held, so a list of 200
 * costs a page's worth of layout per page, not the whole list each time. When all of them
 * fit, the step is repeated with twice as many.
 */
export const FIRST_TAKE = 24;

/**
 * Measures the sections into pages, one page per step: the hidden copy lays out the rest of
 * each column (a few more items than the last page held), the items that fit make a page,
 * and the next step starts after them. Steps follow each other within one task (layout
 * effects and Preact's microtask renders), so the copy is not painted, and neither a screen
 * reader nor a test meets it. Starts over whenever `sig` (items, size) changes.
 */
export function useFitLayout(sections: readonly FitSection[], sig: string) {
  const [layout, setLayout] = useState<{ sig: string; starts: Starts } | null>(null);
  const [measuring, setMeasuring] = useState<Measuring | null>(null);
  const boxes = useRef<(HTMLElement | null)[]>([]);
  const lists = useRef<(HTMLElement | null)[]>([]);

  // Start over whenever the items or the size change.
  useLayoutEffect(() => {
    if (sections.length === 0) return setLayout({ sig, starts: [] });
    setMeasuring({
      sig,
      section: 0,
      cursors: sections[0]!.columns.map(() => 0),
      take: sections[0]!.columns.map(() => FIRST_TAKE),
      starts: sections.map((s) => s.columns.map(() => [])),
    });
  }, [sig]);

  // One measuring step: how much of each column's rest fits; then the next page or section.
  useLayoutEffect(() => {
    if (!measuring || measuring.sig !== sig) return;
    const section = sections[measuring.section]!;
    const starts = measuring.starts.map((s) => s.map((c) => [...c]));
    const cursors = [...measuring.cursors];
    const take = [...measuring.take];
    section.columns.forEach((column, c) => {
      const cursor = cursors[c];
      if (cursor === null || cursor === undefined) return;
      const list = lists.current[c];
      const box = boxes.current[c];
      const laidOut = list?.children.length ?? 0;
      const fitted = list && box ? countFitting(list, box) : column.items.length - cursor;
      // All laid out fitted, and more are waiting: lay out more before cutting the page.
      if (list && fitted === laidOut && cursor + laidOut < column.items.length) {
        take[c] = take[c]! * 2;
        return;
      }
      starts[measuring.section]![c]!.push(cursor);
      take[c] = Math.max(FIRST_TAKE, fitted * 2);
      const next = cursor + Math.max(1, fitted);
      cursors[c] = next >= column.items.length ? null : next;
    });
    if (cursors.some((c) => c !== null))
      return setMeasuring({ ...measuring, cursors, take, starts });
    const following = measuring.section + 1;
    if (following < sections.length) {
      setMeasuring({
        sig,
        section: following,
        cursors: sections[following]!.columns.map(() => 0),
        take: sections[following]!.columns.map(() => FIRST_TAKE),
        starts,
      });
    } else {
      setMeasuring(null);
      setLayout({ sig, starts });
    }
  }, [measuring]);

  return { layout, measuring, boxes, lists };
}
