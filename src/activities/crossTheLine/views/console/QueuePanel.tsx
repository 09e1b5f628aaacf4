import { Button } from '../../../../ui/Button.tsx';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { MergeBar } from '../../../../ui/merge/MergeBar.tsx';
import type { PrejudiceCard } from '../../viewShapes.ts';
import type { CrossTheLineViewProps } from '../types.ts';
import { QueueItem } from './QueueItem.tsx';

export interface Selection {
  readonly ids: readonly string[];
  toggle(id: string, on: boolean): void;
  clear(): void;
}

/**
 * Pre-screening: what was sent in and not read yet (approve, edit, reject, select to merge),
 * the merge bar, and the rejected ones folded away (nobody else sees them; they can come back).
 */
export function QueuePanel(props: CrossTheLineViewProps & { selection: Selection }) {
  const { t, tApp, activity, selection } = props;
  const cards = Object.values(activity.state.prejudices).sort(
    (a, b) => a.createdSeq - b.createdSeq,
  );
  const submitted = cards.filter((c) => c.status === 'submitted');
  const rejected = cards.filter((c) => c.status === 'rejected');
  const chosen = selection.ids
    .map((id) => activity.state.prejudices[id])
    .filter((c): c is PrejudiceCard => !!c)
    .sort((a, b) => a.createdSeq - b.createdSeq);
  return (
    <section class="wp-card wp-stack" aria-labelledby="xl-queue">
      <h2 id="xl-queue">{t('console.queueTitle')}</h2>
      {submitted.length === 0 ? (
        <p class="wp-xl-empty">{t('console.queueEmpty')}</p>
      ) : (
        <ul class="wp-xl-console-list">
          {submitted.map((card) => (
            <QueueItem
              key={card.id}
              {...props}
              card={card}
              selected={selection.ids.includes(card.id)}
              onSelect={(on) => selection.toggle(card.id, on)}
            >
              <Button
                aria-describedby={`xl-q-${card.id}`}
                onClick={() => void props.send({ type: 'approvePrejudice', prejudiceId: card.id })}
              >
                {t('console.approve')}
              </Button>
            </QueueItem>
          ))}
        </ul>
      )}
      <MergeBar
        count={chosen.length}
        sameList={chosen.every((c) => c.about === chosen[0]?.about)}
        initialText={chosen[0]?.text ?? ''}
        multiline
        maxLength={LIMITS.noteText}
        labels={{
          merge: t('console.merge'),
          selected: t('console.mergeSelected', { count: chosen.length }),
          hint: t('console.mergeHint'),
          differentLists: t('console.mergeDifferent'),
          clear: t('console.clearSelection'),
          merged: t('console.merged'),
          cancel: t('console.cancel'),
          fieldLabel: t('participant.textLabel'),
          fieldHint: t('console.mergeHint'),
          required: tApp('common.characters.empty'),
        }}
        onMerge={(text) =>
          props.send({ type: 'mergePrejudices', prejudiceIds: chosen.map((c) => c.id), text })
        }
        onClear={selection.clear}
      />
      {rejected.length > 0 && (
        <details class="wp-details">
          <summary>{t('console.rejectedTitle', { count: rejected.length })}</summary>
          <p class="wp-field__hint">{t('console.rejectedHint')}</p>
          <ul class="wp-xl-console-list">
            {rejected.map((card) => (
              <QueueItem key={card.id} {...props} card={card} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
