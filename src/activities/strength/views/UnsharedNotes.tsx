import { useState } from 'preact/hooks';
import { Button } from '../../../ui/Button.tsx';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { useSubmission } from '../../../ui/useSubmission.ts';
import { keptUnsharedNotes } from '../schema.ts';
import type { StrengthViewProps } from './types.ts';

/**
 * For the facilitator: notes of rounds that ended without a plenary (the activity was closed
 * or stopped, or a new round began). They are kept and marked in the lists; this says how
 * many there are and shares them in the room with one press. Shows nothing when there are none.
 */
export function UnsharedNotes(props: StrengthViewProps) {
  const { t, activity } = props;
  const kept = keptUnsharedNotes(activity.state, activity.status === 'ended');
  const { busy, error, run } = useSubmission();
  const [done, setDone] = useState('');
  // One stable wrapper, so the live region stays in the page when the notice goes.
  return (
    <div class="wp-stack wp-strength-kept">
      {kept.length > 0 && (
        <Notice title={t('console.keptTitle', { count: kept.length })}>
          <p>{t('console.keptHint')}</p>
          <div class="wp-row">
            <Button
              variant="secondary"
              busy={busy}
              onClick={() =>
                void run(
                  () => props.send({ type: 'shareNotes' }),
                  () => setDone(t('console.keptShared')),
                )
              }
            >
              {t('console.shareKept')}
            </Button>
          </div>
        </Notice>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <LiveRegion message={done} />
    </div>
  );
}
