import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import type { PrejudiceCard } from '../../viewShapes.ts';
import type { CrossTheLineViewProps } from '../types.ts';
import { PrejudiceEditor } from './PrejudiceEditor.tsx';
import { QueueItem } from './QueueItem.tsx';
import type { Selection } from './QueuePanel.tsx';

/** The approved prejudices not shown yet, in play order. */
export function upcoming(props: CrossTheLineViewProps): PrejudiceCard[] {
  const { prejudices, order } = props.activity.state;
  return order.flatMap((id) => {
    const card = Object.hasOwn(prejudices, id) ? prejudices[id]! : null;
    return card && card.stage === 'queued' && card.status === 'approved' ? [card] : [];
  });
}

/**
 * The order in which the approved prejudices come up: move one up or down, show one now, or
 * add one yourself. Showing works while playing; before that the order is being prepared.
 */
export function OrderPanel(props: CrossTheLineViewProps & { selection: Selection }) {
  const { t, activity, selection } = props;
  const { order, phase } = activity.state;
  const list = upcoming(props);
  const [message, setMessage] = useState('');
  // Moves are indexes in the whole order (shown ones keep their place in it).
  const move = (card: PrejudiceCard, by: -1 | 1) => {
    const neighbour = list[list.indexOf(card) + by];
    if (!neighbour) return;
    void props.send({
      type: 'movePrejudice',
      prejudiceId: card.id,
      toIndex: order.indexOf(neighbour.id),
    });
  };
  return (
    <section class="wp-card wp-stack" aria-labelledby="xl-order">
      <h2 id="xl-order">{t('console.orderTitle')}</h2>
      {list.length === 0 ? (
        <p class="wp-xl-empty">{t('console.orderEmpty')}</p>
      ) : (
        <ol class="wp-xl-console-list">
          {list.map((card, i) => (
            <QueueItem
              key={card.id}
              {...props}
              card={card}
              selected={selection.ids.includes(card.id)}
              onSelect={(on) => selection.toggle(card.id, on)}
            >
              {phase === 'play' && (
                <Button
                  aria-describedby={`xl-q-${card.id}`}
                  onClick={() => void props.send({ type: 'revealPrejudice', prejudiceId: card.id })}
                >
                  {t('console.reveal')}
                </Button>
              )}
              <Button
                variant="secondary"
                disabled={i === 0}
                aria-describedby={`xl-q-${card.id}`}
                onClick={() => move(card, -1)}
              >
                {t('console.moveUp')}
              </Button>
              <Button
                variant="secondary"
                disabled={i === list.length - 1}
                aria-describedby={`xl-q-${card.id}`}
                onClick={() => move(card, 1)}
              >
                {t('console.moveDown')}
              </Button>
            </QueueItem>
          ))}
        </ol>
      )}
      <details class="wp-details">
        <summary>{t('console.addTitle')}</summary>
        <PrejudiceEditor {...props} onAdded={() => setMessage(t('console.added'))} />
      </details>
      <LiveRegion message={message} />
    </section>
  );
}
