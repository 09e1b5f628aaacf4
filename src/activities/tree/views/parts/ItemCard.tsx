import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import type { Item, Zone } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';
import { ItemForm } from './ItemForm.tsx';
import { LinkList } from './LinkList.tsx';
import { MoveControl } from './MoveControl.tsx';

/**
 * One item of my group's tree: a drag handle (pointer, touch and keyboard), the text and its
 * links, and behind "Aanpassen" the ways to edit, delete or move it without dragging.
 */
export function ItemCard(props: {
  view: TreeViewProps;
  item: Item;
  position: number;
  count: number;
  focus: boolean;
  onMove: (item: Item, zone: Zone, index?: number) => void;
}) {
  const { view, item } = props;
  const { t, me } = view;
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const card = useRef<HTMLLIElement>(null);
  const sortable = useSortable({ id: item.id, data: { zone: item.zone } });
  // A native button needs no role="button"; the rest (tabindex, aria-*) make it a drag handle.
  const { role: _role, ...handle } = sortable.attributes;
  const textId = `tree-item-${item.id}`;
  const actionsId = `tree-actions-${item.id}`;

  // After a move through the menu the card lands in another list: keep the keyboard with it.
  useEffect(() => {
    if (props.focus) card.current?.querySelector<HTMLElement>('.wp-tree-item__toggle')?.focus();
  }, [props.focus]);

  const setRefs = (node: HTMLLIElement | null) => {
    card.current = node;
    sortable.setNodeRef(node);
  };
  const style = {
    transform: CSS.Transform.toString(sortable.transform),
    transition: sortable.transition ?? undefined,
  };
  const classes = ['wp-note', 'wp-tree-item', `wp-tree-item--${item.zone}`];
  if (sortable.isDragging) classes.push('wp-tree-item--dragging');

  return (
    <li ref={setRefs} style={style} class={classes.join(' ')}>
      <div class="wp-tree-item__main">
        <button
          type="button"
          ref={sortable.setActivatorNodeRef}
          class="wp-tree-handle"
          {...handle}
          {...sortable.listeners}
          aria-label={t('participant.dragHandle', { text: item.text })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <div class="wp-tree-item__body">
          <p id={textId} class="wp-note__text">
            {item.text}
          </p>
          <LinkList links={item.links} references={view.references} t={t} />
          {me && item.authorId === me.id && (
            <span class="wp-badge wp-tree-mine">{t('participant.mine')}</span>
          )}
        </div>
      </div>
      <Button
        variant="quiet"
        class="wp-tree-item__toggle"
        aria-expanded={open}
        aria-controls={actionsId}
        aria-describedby={textId}
        onClick={() => setOpen(!open)}
      >
        {t('participant.actions')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </Button>
      <div id={actionsId} hidden={!open} class="wp-stack wp-tree-item__actions">
        {editing ? (
          <ItemForm view={view} item={item} onDone={() => setEditing(false)} />
        ) : (
          <div class="wp-row">
            <Button variant="secondary" aria-describedby={textId} onClick={() => setEditing(true)}>
              {t('participant.edit')}
            </Button>
            <AskFirstButton
              describedBy={textId}
              question={t('participant.confirmDelete')}
              confirmLabel={t('participant.delete')}
              cancelLabel={view.tApp('common.cancel')}
              onConfirm={() => view.send({ type: 'deleteItem', itemId: item.id })}
            >
              {t('participant.delete')}
            </AskFirstButton>
          </div>
        )}
        <MoveControl
          item={item}
          position={props.position}
          count={props.count}
          t={t}
          describedBy={textId}
          onMove={(zone, index) => props.onMove(item, zone, index)}
        />
      </div>
    </li>
  );
}
