import { momentOf } from '../../../domain/workshop/moment.ts';
import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { Button } from '../../../ui/Button.tsx';
import { useT } from '../../../ui/i18n.tsx';
import { useSubmission } from '../../../ui/useSubmission.ts';
import type { RunCommand } from '../commands.ts';

/**
 * The end of the day: phones and projector show the closing screen once the facilitator
 * closes the day, or by themselves after the programme's last block. Reversible, so no
 * "are you sure": "Dag weer openen" undoes it (and starting any item does too).
 */
export function DayEnd({ workshop, run }: { workshop: WorkshopState; run: RunCommand }) {
  const t = useT();
  const submission = useSubmission();
  const closed = workshop.closedAt !== null;
  const showing = momentOf(workshop) === 'closing';
  return (
    <section class="wp-stack" aria-labelledby="day-end-title">
      <h4 id="day-end-title">{t('console.day.title')}</h4>
      <p role="status">{showing ? t('console.day.closedState') : t('console.day.openState')}</p>
      <div>
        <Button
          variant="secondary"
          busy={submission.busy}
          onClick={() =>
            void submission.run(() => run({ type: closed ? 'reopenWorkshop' : 'closeWorkshop' }))
          }
        >
          {closed ? t('console.day.reopen') : t('console.day.close')}
        </Button>
      </div>
      {submission.error && <p class="wp-field__error">{submission.error}</p>}
    </section>
  );
}
