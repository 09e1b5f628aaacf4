import './fit.css';
import { cloneElement, type ComponentChildren, type VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FitPage } from './FitPage.tsx';
import { allFit, pageSlice } from './measure.ts';
import { Pager } from './Pager.tsx';
import { FIRST_TAKE, useFitLayout } from './useFitLayout.ts';
import { useRotation } from './useRotation.ts';

/** One list on a page: its heading stays, its items are cut into pages. */
export interface FitColumn {
  readonly key: string;
  /** Class of the column (for its colours and heading); `labelledBy` makes it a <section>. */
  readonly class?: string;
  readonly labelledBy?: string;
  readonly head?: ComponentChildren;
  /** Class of the <ul>/<ol>: its layout (one column, a grid, chips) is the kind's own CSS. */
  readonly listClass?: string;
  readonly ordered?: boolean;
  /** The items, each a keyed <li>. */
  readonly items: readonly VNode[];
  /** Shown instead of the list when there are no items. */
  readonly empty?: ComponentChildren;
}

/** Something shown on pages of its own (a municipality's lists): a heading and its columns. */
export interface FitSection {
  readonly key: string;
  readonly head?: ComponentChildren;
  readonly columns: readonly FitColumn[];
}

const signature = (sections: readonly FitSection[]) =>
  sections
    .map(
      (s) =>
        `${s.key}(${s.columns.map((c) => `${c.key}:${c.items.map((i) => String(i.key)).join(',')}`).join(';')})`,
    )
    .join('|');

/**
 * Lists on the projector that never scroll: the items are measured into pages that fit the
 * screen (whatever their length, the screen size or the language), a page indicator shows
 * "2 / 5", and the pages turn by themselves (see useRotation). Columns of one section page
 * together; a shorter column starts over while a longer one goes on, so no column is ever
 * empty. When a list grows, the page with its newest item comes up, so the room sees what
 * was just added. Measuring happens off screen, in a hidden copy of the page with the same
 * size and CSS, one page after another; it reruns when the items or the screen change. On the
 * projector, the facilitator's remote in the console pages and pins it too (see remote.ts).
 */
export function FitPages(props: { sections: readonly FitSection[]; class?: string }) {
  const { sections } = props;
  const [resized, setResized] = useState(0);
  const itemsSig = signature(sections);
  const sig = `${resized}#${itemsSig}`;
  const { layout, measuring, boxes, lists } = useFitLayout(sections, sig);
  const root = useRef<HTMLDivElement>(null);
  const visibleLists = useRef<(HTMLElement | null)[]>([]);
  const visibleBoxes = useRef<(HTMLElement | null)[]>([]);
  const overflowTries = useRef({ key: '', count: 0 });
  const starts = layout?.starts ?? [];
  const startsOf = (s: number, c: number) => starts[s]?.[c] ?? [0];
  const pagesOf = sections.map((section, s) =>
    Math.max(1, ...section.columns.map((_, c) => startsOf(s, c).length)),
  );
  const total = pagesOf.reduce((a, b) => a + b, 0);
  const rotation = useRotation(total);
  let sectionIndex = 0;
  let page = rotation.page;
  while (sectionIndex < pagesOf.length - 1 && page >= pagesOf[sectionIndex]!) {
    page -= pagesOf[sectionIndex]!;
    sectionIndex++;
  }

  // A list that grew: show the page holding its newest item (unless the page is pinned).
  const counts = useRef<Map<string, number> | null>(null);
  useEffect(() => {
    if (!layout || layout.sig !== sig) return;
    const before = counts.current;
    counts.current = new Map(
      sections.flatMap((s) => s.columns.map((c) => [`${s.key}/${c.key}`, c.items.length] as const)),
    );
    if (!before || rotation.pinned) return;
    let offset = 0;
    for (const [s, section] of sections.entries()) {
      for (const [c, column] of section.columns.entries()) {
        const had = before.get(`${section.key}/${column.key}`) ?? 0;
        if (column.items.length > had) {
          const columnStarts = startsOf(s, c);
          const newest = column.items.length - 1;
          const index = columnStarts.filter((start) => start <= newest).length - 1;
          return rotation.show(offset + Math.max(0, index));
        }
      }
      offset += pagesOf[s]!;
    }
  }, [layout]);

  // A new screen size, or a page that no longer fits (a note was edited longer): measure again.
  useEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let size = '';
    const observer = new ResizeObserver(() => {
      const now = `${element.clientWidth}x${element.clientHeight}`;
      const overflowing = visibleLists.current.some((list, c) => {
        const box = visibleBoxes.current[c];
        return !!list && !!box && list.children.length > 1 && !allFit(list, box);
      });
      // Overflow asks twice at most for the same items and size: a page that still does not
      // fit must not make the page measure itself for ever.
      const key = `${itemsSig}@${now}`;
      if (overflowTries.current.key !== key) overflowTries.current = { key, count: 0 };
      const retry = overflowing && overflowTries.current.count < 2;
      if (retry) overflowTries.current.count++;
      if ((size && now !== size) || retry) setResized((r) => r + 1);
      size = now;
    });
    observer.observe(element);
    for (const list of visibleLists.current) if (list) observer.observe(list);
    return () => observer.disconnect();
  }, [layout, rotation.page]);

  const shown = sections[sectionIndex];
  const measured = measuring && measuring.sig === sig ? sections[measuring.section] : undefined;
  return (
    <div class={['wp-fit', props.class].filter(Boolean).join(' ')} ref={root}>
      {shown && (
        <FitPage
          key={`${sectionIndex}/${page}`}
          section={shown}
          items={(column, c) => {
            const columnStarts = startsOf(sectionIndex, c);
            const index = page % columnStarts.length;
            return {
              from: columnStarts[index] ?? 0,
              items: pageSlice(column.items, columnStarts, index),
            };
          }}
          boxes={visibleBoxes.current}
          lists={visibleLists.current}
        />
      )}
      {total > 1 && <Pager rotation={rotation} pages={total} />}
      {measured && measuring && (
        <div class="wp-fit__measure" aria-hidden="true">
          <FitPage
            section={measured}
            items={(column, c) => {
              const cursor = measuring.cursors[c] ?? column.items.length;
              const rest = column.items.slice(cursor, cursor + (measuring.take[c] ?? FIRST_TAKE));
              return { from: cursor, items: rest.map((item) => cloneElement(item)) };
            }}
            boxes={boxes.current}
            lists={lists.current}
          />
          <div class="wp-fit__pager" />
        </div>
      )}
    </div>
  );
}
