import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Item, TreeCommand, Zone } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';
import { ItemCard } from './ItemCard.tsx';

/** One part of my group's tree (roots, watering can or fruits): a list items can be dropped in. */
export function ZoneSection(props: {
  view: TreeViewProps;
  zone: Zone;
  items: readonly Item[];
  focusId: string | null;
  onMove: (item: Item, zone: Zone, index?: number) => void;
}) {
  const { view, zone, items } = props;
  const { t } = view;
  const drop = useDroppable({ id: `zone:${zone}`, data: { zone } });
  const headingId = `tree-zone-${zone}`;
  const adding = view.pending.filter(
    (p): p is typeof p & { command: Extract<TreeCommand, { type: 'addItem' }> } =>
      p.command.type === 'addItem' && p.command.zone === zone,
  );
  const classes = ['wp-stack', 'wp-tree-zone', `wp-tree-zone--${zone}`];
  if (drop.isOver) classes.push('wp-tree-zone--over');
  return (
    <section class={classes.join(' ')} aria-labelledby={headingId}>
      <div>
        <h2 id={headingId} class="wp-tree-zone__title">
          {t(`zone.${zone}`)}{' '}
          <span class="wp-badge">{t('itemsCount', { count: items.length })}</span>
        </h2>
        <p class="wp-field__hint">{t(`zoneQuestion.${zone}`)}</p>
      </div>
      <SortableContext
        id={zone}
        items={items.map((i) => i.id)}
        strategy={verticalListSortingStrategy}
      >
        <ul ref={drop.setNodeRef} class="wp-notes wp-tree-zone__items">
          {items.map((item, position) => (
            <ItemCard
              key={item.id}
              view={view}
              item={item}
              position={position}
              count={items.length}
              focus={props.focusId === item.id}
              onMove={props.onMove}
            />
          ))}
          {adding.map((p) => (
            <li key={p.clientActionId} class="wp-note wp-note--pending">
              <p class="wp-note__text">{p.command.text}</p>
              <p class="wp-note__meta">{t('participant.pending')}</p>
            </li>
          ))}
        </ul>
      </SortableContext>
      {items.length === 0 && adding.length === 0 && (
        <p class="wp-note__meta">{t('participant.emptyZone')}</p>
      )}
    </section>
  );
}
