import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { municipalityOf, orderStatus } from '../parts/names.ts';
import type { PitchViewProps } from '../types.ts';
import { OrderRow } from './OrderRow.tsx';

/**
 * The running order, sortable by drag and drop and, for keyboards and screen readers, with
 * Up/Down buttons (dnd-kit's own keyboard dragging works too). The new order shows at once
 * and is kept until the server's state has it.
 */
export function RunningOrder(props: PitchViewProps & { order: readonly string[] }) {
  const { t, activity, workshop } = props;
  const [local, setLocal] = useState<readonly string[] | null>(null);
  const [message, setMessage] = useState('');
  const shown = local ?? props.order;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterMove = useRef<{ id: string; which: 'up' | 'down' } | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const name = (id: unknown) => municipalityOf(workshop, String(id));
  const place = (id: unknown) => String(shown.indexOf(String(id)) + 1);

  useEffect(() => {
    if (local && local.join() === props.order.join()) setLocal(null);
  }, [props.order.join()]);

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const button = buttons.current.get(`${target.id}:${target.which}`);
    const other = buttons.current.get(`${target.id}:${target.which === 'up' ? 'down' : 'up'}`);
    (button && !button.disabled ? button : other)?.focus();
  });

  async function reorder(next: string[], movedId: string) {
    setLocal(next);
    setMessage(
      t('console.moved', { municipality: name(movedId), position: next.indexOf(movedId) + 1 }),
    );
    const result = await props.send({ type: 'setOrder', order: next });
    if (!result.ok) setLocal(null);
  }

  const onMove = (id: string, by: -1 | 1) => {
    const from = shown.indexOf(id);
    focusAfterMove.current = { id, which: by < 0 ? 'up' : 'down' };
    void reorder(arrayMove([...shown], from, from + by), id);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = shown.indexOf(String(active.id));
    const to = shown.indexOf(String(over.id));
    void reorder(arrayMove([...shown], from, to), String(active.id));
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('console.dnd.picked', { municipality: name(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('console.dnd.over', { municipality: name(active.id), position: place(over.id) })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('console.dnd.dropped', { municipality: name(active.id), position: place(over.id) })
        : t('console.dnd.cancelled'),
    onDragCancel: () => t('console.dnd.cancelled'),
  };
  const canStart = activity.state.phase !== 'done' && activity.state.current === null;

  return (
    <section class="wp-stack" aria-labelledby="pitch-order-title">
      <h4 id="pitch-order-title">{t('order.title')}</h4>
      <p class="wp-field__hint">{t('console.orderHint')}</p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: t('console.dnd.instructions') },
          announcements,
        }}
      >
        <SortableContext items={[...shown]} strategy={verticalListSortingStrategy}>
          <ol class="wp-pitch-rows">
            {shown.map((id, index) => (
              <OrderRow
                key={id}
                id={id}
                name={name(id)}
                position={index + 1}
                count={shown.length}
                status={orderStatus(activity.state, id)}
                canStart={canStart}
                t={t}
                onMove={onMove}
                onStart={(partnershipId) => void props.send({ type: 'startPitch', partnershipId })}
                buttonRef={(rowId, which, el) => {
                  if (el) buttons.current.set(`${rowId}:${which}`, el);
                  else buttons.current.delete(`${rowId}:${which}`);
                }}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <LiveRegion message={message} />
    </section>
  );
}
