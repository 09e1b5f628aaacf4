import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ConsoleRole } from './ConsoleRole.tsx';
import type { ConsoleRoleProps } from './types.ts';

/** A role that can be dragged by its handle; the handle also works with the keyboard. */
export function SortableItem(props: ConsoleRoleProps) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: props.role.id });
  // A native button is a button already; dnd-kit's generic `role` only matters on a div.
  const { role: _role, ...handleAttributes } = attributes;
  return (
    <ConsoleRole
      {...props}
      itemRef={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      dragging={isDragging}
      handle={
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...handleAttributes}
          {...listeners}
          class="wp-roles-handle"
          aria-label={props.t('console.dragHandle', { name: props.role.name })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      }
    />
  );
}
