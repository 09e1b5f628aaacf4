import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useEffect, useState } from 'preact/hooks';
import type { Role } from '../../schema.ts';
import { SortableItem } from './SortableItem.tsx';
import type { ConsoleItemProps } from './types.ts';

/**
 * One list the facilitator orders by dragging (mouse, touch, or the keyboard through the
 * handle) or with the up/down buttons. After a drop the new order shows at once and stays
 * until the server's order arrives, so the list never jumps back for a moment.
 */
export function SortableRoles(props: ConsoleItemProps & { roles: readonly Role[] }) {
  const { t } = props;
  const serverOrder = props.roles.map((r) => r.id);
  const [order, setOrder] = useState<string[] | null>(null);
  useEffect(() => setOrder(null), [serverOrder.join(',')]);
  const ids = order && sameMembers(order, serverOrder) ? order : serverOrder;
  const byId = new Map(props.roles.map((r) => [r.id, r]));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    setOrder(arrayMove(ids, ids.indexOf(String(active.id)), to));
    void props.send({ type: 'moveRole', roleId: String(active.id), toIndex: to });
  }

  const name = (id: UniqueIdentifier) => byId.get(String(id))?.name ?? '';
  const where = (id: UniqueIdentifier | undefined) => ({
    position: id === undefined ? 0 : ids.indexOf(String(id)) + 1,
    total: ids.length,
  });
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('console.drag.start', { name: name(active.id) }),
    onDragOver: ({ active, over }) =>
      t('console.drag.over', { name: name(active.id), ...where(over?.id) }),
    onDragEnd: ({ active, over }) =>
      t('console.drag.end', { name: name(active.id), ...where(over?.id) }),
    onDragCancel: ({ active }) => t('console.drag.cancel', { name: name(active.id) }),
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('console.drag.instructions') },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol class="wp-notes wp-roles-sortable">
          {ids.map((id, index) => {
            const role = byId.get(id);
            return role ? (
              <SortableItem key={id} {...props} role={role} position={index} total={ids.length} />
            ) : null;
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
