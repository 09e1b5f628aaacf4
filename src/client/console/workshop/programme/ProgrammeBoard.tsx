import {
  closestCenter,
  DndContext,
  pointerWithin,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useMemo } from 'preact/hooks';
import { useT } from '../../../../ui/i18n.tsx';
import { useProgramme } from './context.ts';
import { DayCard } from './DayCard.tsx';

const DAY = 'day:';
const isDay = (id: UniqueIdentifier) => String(id).startsWith(DAY);

/**
 * Under the pointer, a block wins over its day (drop before that block); over a day's empty
 * space, the day (drop at its end). Outside every list, the nearest target.
 */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const block = within.find((c) => !isDay(c.id));
  if (block) return [block];
  return within.length > 0 ? within : closestCenter(args);
};

/**
 * The days and their blocks, sortable by drag and drop within a day and between days. Only
 * the pointer drags (mouse and touch): keyboard users have the move buttons in each block's
 * editor, which say plainly what they do.
 */
export function ProgrammeBoard() {
  const t = useT();
  const { programme, move } = useProgramme();
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a tap on the handle is not a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
  );

  const titleOf = (id: UniqueIdentifier | undefined) => {
    if (id === undefined) return '';
    const key = String(id);
    if (isDay(key)) return programme.days.find((d) => `${DAY}${d.id}` === key)?.title ?? '';
    return programme.blocks[key]?.title ?? '';
  };

  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active }) =>
        t('console.programme.move.picked', { title: titleOf(active.id) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('console.programme.move.over', {
              title: titleOf(active.id),
              target: titleOf(over.id),
            })
          : undefined,
      onDragEnd: ({ active, over }) =>
        over
          ? t('console.programme.move.dropped', { title: titleOf(active.id) })
          : t('console.programme.move.cancelled'),
      onDragCancel: () => t('console.programme.move.cancelled'),
    }),
    [t, programme],
  );

  function drop({ active, over }: DragEndEvent) {
    if (!over || over.id === active.id) return;
    const blockId = String(active.id);
    const overId = String(over.id);
    const target = isDay(overId)
      ? programme.days.find((d) => `${DAY}${d.id}` === overId)
      : programme.days.find((d) => d.blockIds.includes(overId));
    if (!target) return;
    // Over a block: take its place (the server counts the index without the moved block).
    const index = isDay(overId)
      ? target.blockIds.filter((id) => id !== blockId).length
      : target.blockIds.indexOf(overId);
    void move(blockId, target.id, index);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragEnd={drop}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('console.programme.move.instructions') },
      }}
    >
      <div class="wp-stack wp-prog-days">
        {programme.days.map((day) => (
          <DayCard key={day.id} day={day} />
        ))}
      </div>
    </DndContext>
  );
}
