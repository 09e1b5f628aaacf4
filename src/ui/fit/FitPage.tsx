import type { VNode } from 'preact';
import type { FitColumn, FitSection } from './FitPages.tsx';

/** One page: the section's heading and its columns, each list in a box that clips nothing. */
export function FitPage(props: {
  section: FitSection;
  /** The items on this page of a column, and the index of the first (for an <ol>'s numbers). */
  items: (column: FitColumn, index: number) => { from: number; items: readonly VNode[] };
  boxes: (HTMLElement | null)[];
  lists: (HTMLElement | null)[];
}) {
  const { section } = props;
  props.boxes.length = section.columns.length;
  props.lists.length = section.columns.length;
  return (
    <div class="wp-fit__page">
      {section.head}
      <div
        class="wp-fit__columns"
        style={{ gridTemplateColumns: `repeat(${section.columns.length}, minmax(0, 1fr))` }}
      >
        {section.columns.map((column, c) => {
          const { from, items } = props.items(column, c);
          const List = column.ordered ? 'ol' : 'ul';
          const Column = column.labelledBy ? 'section' : 'div';
          return (
            <Column
              key={column.key}
              class={['wp-fit__column', column.class].filter(Boolean).join(' ')}
              aria-labelledby={column.labelledBy}
            >
              {column.head}
              <div class="wp-fit__box" ref={(el) => void (props.boxes[c] = el)}>
                {column.items.length === 0 ? (
                  column.empty
                ) : (
                  <List
                    class={['wp-fit__list', column.listClass].filter(Boolean).join(' ')}
                    start={column.ordered ? from + 1 : undefined}
                    ref={(el: HTMLElement | null) => void (props.lists[c] = el)}
                  >
                    {items}
                  </List>
                )}
              </div>
            </Column>
          );
        })}
      </div>
    </div>
  );
}
