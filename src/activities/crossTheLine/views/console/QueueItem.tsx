import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Button } from '../../../../ui/Button.tsx';
import { Checkbox } from '../../../../ui/Checkbox.tsx';
import type { PrejudiceCard } from '../../viewShapes.ts';
import type { CrossTheLineViewProps } from '../types.ts';
import { PrejudiceEditor } from './PrejudiceEditor.tsx';

/**
 * One prejudice in the facilitator's queue: its words, its side, where it came from (a name
 * only when the activity keeps authors), and the actions that fit where it is.
 */
export function QueueItem(
  props: CrossTheLineViewProps & {
    card: PrejudiceCard;
    selected?: boolean;
    onSelect?: (on: boolean) => void;
    children?: ComponentChildren;
  },
) {
  const { t, card } = props;
  const [editing, setEditing] = useState(false);
  const textId = `xl-q-${card.id}`;
  const pending = props.pending.some(
    (p) => 'prejudiceId' in p.command && p.command.prejudiceId === card.id,
  );
  return (
    <li class={`wp-note wp-note--${card.about}${pending ? ' wp-note--pending' : ''}`}>
      {editing ? (
        <PrejudiceEditor
          {...props}
          prejudiceId={card.id}
          initial={{ text: card.text, about: card.about }}
          onClose={() => setEditing(false)}
        />
      ) : (
        <p id={textId} class="wp-note__text" dir="auto">
          {card.text}
        </p>
      )}
      <p class="wp-note__meta wp-row">
        <span class="wp-badge">{t(`aboutShort.${card.about}`)}</span>
        <span>{origin(props)}</span>
      </p>
      {!editing && (
        <div class="wp-console-note__actions">
          {props.onSelect && (
            <Checkbox
              checked={props.selected ?? false}
              describedBy={textId}
              onChange={props.onSelect}
            >
              {t('console.select')}
            </Checkbox>
          )}
          {props.children}
          {card.status !== 'rejected' && (
            <Button variant="secondary" aria-describedby={textId} onClick={() => setEditing(true)}>
              {t('console.edit')}
            </Button>
          )}
          {card.status === 'rejected' ? (
            <Button
              variant="secondary"
              aria-describedby={textId}
              onClick={() => void props.send({ type: 'restorePrejudice', prejudiceId: card.id })}
            >
              {t('console.restore')}
            </Button>
          ) : (
            <Button
              variant="quiet"
              aria-describedby={textId}
              onClick={() => void props.send({ type: 'rejectPrejudice', prejudiceId: card.id })}
            >
              {t('console.reject')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

/** "Door begeleider", "Samengevoegd uit 2", the author's name (peers only) or "anoniem". */
function origin(props: CrossTheLineViewProps & { card: PrejudiceCard }): string {
  const { t, card, workshop } = props;
  if (card.byFacilitator) return t('console.byFacilitator');
  if (card.mergedCount > 0) return t('console.mergedFrom', { count: card.mergedCount });
  const name = card.authorId ? workshop.participants[card.authorId]?.displayName : undefined;
  return name ? t('console.author', { name }) : t('console.authorUnknown');
}
