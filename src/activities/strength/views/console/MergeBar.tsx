import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import type { Note } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';
import { MergeForm } from './MergeForm.tsx';

/**
 * Merging duplicates: shows how many notes are chosen and whether they can be merged (two or
 * more, one list), then asks for the merged wording, starting from the oldest note's text.
 */
export function MergeBar(
  props: StrengthViewProps & { selected: readonly string[]; onDone: () => void },
) {
  const { t, tApp } = props;
  const notes = props.selected
    .map((id) => props.activity.state.notes[id])
    .filter((n): n is Note => !!n)
    .sort((a, b) => a.createdSeq - b.createdSeq);
  const sameGroup = notes.every((n) => n.group === notes[0]?.group);
  const ready = notes.length >= 2 && sameGroup;
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');

  return (
    <div class="wp-card wp-stack wp-console-merge" role="group" aria-label={t('console.merge')}>
      <div class="wp-spread">
        <p>
          {notes.length > 0 ? (
            <strong>{t('console.mergeSelected', { count: notes.length })}</strong>
          ) : (
            t('console.mergeHint')
          )}
          {notes.length > 0 && !sameGroup && (
            <span class="wp-field__error"> {t('console.mergeDifferentGroups')}</span>
          )}
        </p>
        {!asking && (
          <div class="wp-row">
            <Button disabled={!ready} onClick={() => setAsking(true)}>
              {t('console.merge')}
            </Button>
            {notes.length > 0 && (
              <Button variant="quiet" onClick={props.onDone}>
                {t('console.clearSelection')}
              </Button>
            )}
          </div>
        )}
      </div>
      {asking && ready && (
        <MergeForm
          {...props}
          notes={notes}
          onClose={(merged) => {
            setAsking(false);
            if (!merged) return;
            setMessage(t('console.merged'));
            props.onDone();
          }}
        />
      )}
      {asking && !ready && (
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {tApp('common.cancel')}
        </Button>
      )}
      <LiveRegion message={message} />
    </div>
  );
}
