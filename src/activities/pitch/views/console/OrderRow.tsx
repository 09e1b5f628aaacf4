import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button } from '../../../../ui/Button.tsx';
import type { Translate } from '../../../../i18n/index.ts';
import type { OrderStatus } from '../parts/names.ts';

export interface OrderRowProps {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly count: number;
  readonly status: OrderStatus;
  readonly canStart: boolean;
  readonly t: Translate;
  onMove(id: string, by: -1 | 1): void;
  onStart(id: string): void;
  /** Registers the move buttons so focus can follow the row after it moves. */
  buttonRef(id: string, which: 'up' | 'down', el: HTMLButtonElement | null): void;
}

/** One municipality in the running order: a drag handle, and buttons for the keyboard path. */
export function OrderRow(props: OrderRowProps) {
  const { id, name, t } = props;
  const sortable = useSortable({ id });
  // The handle is a real button already; dnd-kit's generic role would only weaken its type.
  const { role: _role, ...handle } = sortable.attributes;
  const style = {
    transform: CSS.Transform.toString(sortable.transform),
    transition: sortable.transition,
  };
  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      class={`wp-pitch-row wp-pitch-order__item--${props.status} ${sortable.isDragging ? 'wp-pitch-row--dragging' : ''}`}
    >
      <button
        type="button"
        class="wp-button wp-button--quiet wp-pitch-row__handle"
        {...handle}
        {...sortable.listeners}
        aria-label={t('console.dragLabel', { municipality: name })}
      >
        <svg viewBox="0 0 12 20" width="12" height="20" aria-hidden="true" focusable="false">
          {[3, 9].flatMap((x) =>
            [4, 10, 16].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.8" />),
          )}
        </svg>
      </button>
      <span class="wp-pitch-row__position" aria-hidden="true">
        {props.position}
      </span>
      <span class="wp-pitch-row__name">{name}</span>
      <span class="wp-badge wp-pitch-status">{t(`order.status.${props.status}`)}</span>
      <span class="wp-row wp-pitch-row__buttons">
        <button
          type="button"
          class="wp-button wp-button--secondary"
          ref={(el) => props.buttonRef(id, 'up', el)}
          disabled={props.position === 1}
          aria-label={t('console.moveUpLabel', { municipality: name })}
          onClick={() => props.onMove(id, -1)}
        >
          {t('console.moveUp')}
        </button>
        <button
          type="button"
          class="wp-button wp-button--secondary"
          ref={(el) => props.buttonRef(id, 'down', el)}
          disabled={props.position === props.count}
          aria-label={t('console.moveDownLabel', { municipality: name })}
          onClick={() => props.onMove(id, 1)}
        >
          {t('console.moveDown')}
        </button>
        {props.canStart && (
          <Button
            variant="secondary"
            aria-label={t('console.startThisLabel', { municipality: name })}
            onClick={() => props.onStart(id)}
          >
            {t('console.startThis')}
          </Button>
        )}
      </span>
    </li>
  );
}
