import { formatJoinCode } from '../../../domain/ids.ts';
import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { Button } from '../../../ui/Button.tsx';
import { useT } from '../../../ui/i18n.tsx';
import { useSubmission } from '../../../ui/useSubmission.ts';
import { useJoinAddress } from '../../shared/useJoinAddress.ts';
import type { RunCommand } from '../commands.ts';
import { PrintSheet } from './PrintSheet.tsx';
import { WaitingList } from './WaitingList.tsx';

const PRINTING_CLASS = 'wp-console-printing';

/**
 * What people need to join (code, QR, the projector), the lock against new joins, and the
 * waiting list of those who asked to come in while it was locked.
 */
export function JoinPanel({ workshop, run }: { workshop: WorkshopState; run: RunCommand }) {
  const t = useT();
  const lock = useSubmission();
  const display = formatJoinCode(workshop.code);
  const joinAddress = useJoinAddress(workshop.code);

  function printQr() {
    // The print stylesheet shows only the sheet while this class is on <body>.
    document.body.classList.add(PRINTING_CLASS);
    addEventListener('afterprint', () => document.body.classList.remove(PRINTING_CLASS), {
      once: true,
    });
    window.print();
  }

  const toggleLock = () =>
    lock.run(() => run({ type: workshop.locked ? 'unlockWorkshop' : 'lockWorkshop' }));

  return (
    <div class="wp-card wp-stack">
      <h3>{t('console.overview.joinTitle')}</h3>
      {/* First: people waiting at a closed door should not wait below the fold. */}
      <WaitingList workshop={workshop} run={run} />
      <div class="wp-console-join">
        <div class="wp-stack">
          <p class="wp-field__label">{t('console.overview.joinCode')}</p>
          <p class="wp-console-code">
            <span aria-hidden="true">{display}</span>
            {/* Read out one character at a time, as people will type it. */}
            <span class="wp-visually-hidden">{display.split('').join(' ')}</span>
          </p>
          <p>{t('console.overview.joinAt', { url: joinAddress })}</p>
        </div>
        <img
          class="wp-console-qr"
          src={`/api/qr/${workshop.code}.svg`}
          alt={t('console.overview.qrAlt', { code: display })}
          width={176}
          height={176}
        />
      </div>
      <div class="wp-row">
        <Button variant="secondary" onClick={printQr}>
          {t('console.overview.printQr')}
        </Button>
        <a
          class="wp-button wp-button--secondary"
          href={`/projector/${workshop.code}`}
          target="_blank"
          rel="noopener"
        >
          {t('console.overview.openProjector')}{' '}
          <span class="wp-visually-hidden">{t('console.overview.newTab')}</span>
        </a>
      </div>
      <p
        role="status"
        class={workshop.locked ? 'wp-notice wp-notice--error' : 'wp-notice wp-notice--success'}
      >
        {workshop.locked ? t('console.overview.lockedState') : t('console.overview.openState')}
      </p>
      <div>
        <Button variant="secondary" busy={lock.busy} onClick={() => void toggleLock()}>
          {workshop.locked ? t('console.overview.unlock') : t('console.overview.lock')}
        </Button>
      </div>
      <PrintSheet title={workshop.title} code={workshop.code} joinAddress={joinAddress} />
    </div>
  );
}
