import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  closestCorners,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useState } from 'preact/hooks';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { placeItem } from '../../items.ts';
import { ZONES, zoneItems, type GroupView, type Item, type Zone } from '../../schema.ts';
import type { TreeView } from '../../viewShapes.ts';
import type { TreeViewProps } from '../types.ts';
import { ZoneSection } from './ZoneSection.tsx';

/**
 * Mouse and pen drag at once after a small movement; a finger must rest a moment first, so
 * that swiping still scrolls the page. (The stock pointer sensor would also catch fingers.)
 */
class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: { nativeEvent: PointerEvent }) =>
        nativeEvent.isPrimary && nativeEvent.button === 0 && nativeEvent.pointerType !== 'touch',
    },
  ];
}

/**
 * My group's tree on the phone: the three zones, with items dragged between and within them
 * (mouse, touch or keyboard), or moved with the "Verplaats naar…" menu on each item. Moves
 * still on their way to the server are shown already, so nothing jumps back after a drop.
 */
export function TreeBoard({ view, group }: { view: TreeViewProps; group: GroupView }) {
  const { t } = view;
  const [focusId, setFocusId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const sensors = useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const shown = view.pending.reduce<TreeView>(
    (state, p) =>
      p.command.type === 'moveItem'
        ? placeItem(state, p.command.itemId, p.command.zone, p.command.index ?? Infinity)
        : state,
    view.activity.state,
  );
  const itemsOf = (zone: Zone) => zoneItems(shown, group.id, zone);
  const textOf = (id: unknown) => shown.items[String(id)]?.text ?? '';
  const zoneOf = (id: unknown) => {
    const key = String(id);
    const zone = key.startsWith('zone:') ? key.slice(5) : shown.items[key]?.zone;
    return zone ? t(`zone.${zone}`) : '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.picked', { text: textOf(active.id) }),
    onDragOver: ({ over }) => (over ? t('dnd.over', { zone: zoneOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) =>
      over ? t('dnd.dropped', { text: textOf(active.id), zone: zoneOf(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('dnd.cancelled', { text: textOf(active.id) }),
  };

  function move(item: Item, zone: Zone, index?: number, viaMenu = false) {
    void view.send({
      type: 'moveItem',
      itemId: item.id,
      zone,
      ...(index === undefined ? {} : { index }),
    });
    setMessage(t('participant.movedTo', { text: item.text, zone: t(`zone.${zone}`) }));
    setFocusId(viaMenu ? item.id : null);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const item = shown.items[String(active.id)];
    if (!item || !over) return;
    const data = over.data.current as
      { zone?: Zone; sortable?: { containerId: string; index: number } } | undefined;
    const zone = (data?.sortable?.containerId ?? data?.zone) as Zone | undefined;
    if (!zone || !ZONES.includes(zone)) return;
    const index = data?.sortable ? data.sortable.index : undefined;
    const now = itemsOf(item.zone).findIndex((i) => i.id === item.id);
    if (zone === item.zone && (index === undefined || index === now)) return;
    move(item, zone, index);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('participant.dragHint') },
      }}
    >
      <p class="wp-field__hint">{t('participant.dragHint')}</p>
      {ZONES.map((zone) => (
        <ZoneSection
          key={zone}
          view={view}
          zone={zone}
          items={itemsOf(zone)}
          focusId={focusId}
          onMove={(item, z, index) => move(item, z, index, true)}
        />
      ))}
      <LiveRegion message={message} />
    </DndContext>
  );
}
