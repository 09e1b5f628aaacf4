import './remote.css';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { SHORTCUT_KEYS } from '../../../../ui/shortcuts/actions.ts';
import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import type { WorkshopConnection } from '../../../shared/connection.ts';
import { useConnection } from '../../../shared/useConnection.ts';
import { useProjectorRemote } from './useProjectorRemote.ts';

/**
 * "Scherm in de zaal": the facilitator pages and pins the projector's lists from here, as the
 * buttons on the projector itself do, and sees which page the room sees ("2 / 5"). Without a
 * projector connected, or with nothing to page, it says so and its buttons are off. The keys
 * [ and ] page too (listed with the other shortcuts).
 */
export function ScreenRemote(props: { connection: WorkshopConnection; code: string }) {
  const t = useT();
  const snapshot = useConnection(props.connection);
  const { screen, send } = useProjectorRemote(props.connection, snapshot.status === 'online');
  const paging = !!screen && screen.pages > 1;
  const pinned = paging && screen.pinned;
  useConsoleShortcut('previousPage', paging ? t('console.run.remote.previous') : null, () =>
    send('previous'),
  );
  useConsoleShortcut('nextPage', paging ? t('console.run.remote.next') : null, () => send('next'));

  const status = !screen
    ? t('console.run.remote.noScreen')
    : !paging
      ? t('console.run.remote.onePage')
      : pinned
        ? t('console.run.remote.pinned')
        : t('console.run.remote.turning');
  return (
    <section class="wp-run-remote" aria-labelledby="run-remote-title">
      <h3 id="run-remote-title" class="wp-run-remote__title">
        {t('console.run.remote.title')}
      </h3>
      <div class="wp-run-remote__buttons">
        <Button
          variant="secondary"
          disabled={!paging}
          aria-keyshortcuts={SHORTCUT_KEYS.previousPage}
          onClick={() => send('previous')}
        >
          <span aria-hidden="true">‹</span> {t('console.run.remote.previous')}
        </Button>
        <p class="wp-run-remote__count">
          {/* "2 / 5" reads left to right in every language; the words are for screen readers. */}
          <span aria-hidden="true" dir="ltr">
            {screen ? `${screen.page} / ${screen.pages}` : '– / –'}
          </span>
          <span class="wp-visually-hidden">
            {screen
              ? t('console.run.remote.page', { page: screen.page, pages: screen.pages })
              : t('console.run.remote.noPage')}
          </span>
        </p>
        <Button
          variant="secondary"
          disabled={!paging}
          aria-keyshortcuts={SHORTCUT_KEYS.nextPage}
          onClick={() => send('next')}
        >
          {t('console.run.remote.next')} <span aria-hidden="true">›</span>
        </Button>
        <Button
          variant="secondary"
          class="wp-run-remote__pin"
          disabled={!paging}
          aria-pressed={pinned ? 'true' : 'false'}
          onClick={() => send(pinned ? 'unpin' : 'pin')}
        >
          {t('console.run.remote.pin')}
        </Button>
      </div>
      {/* Polite: says when the screen comes or goes, or is pinned; not every page turned. */}
      <p class="wp-run-remote__status" role="status">
        {status}
      </p>
      {!screen && (
        <a
          class="wp-button wp-button--secondary"
          href={`/projector/${props.code}`}
          target="_blank"
          rel="noopener"
        >
          {t('console.overview.openProjector')}{' '}
          <span class="wp-visually-hidden">{t('console.overview.newTab')}</span>
        </a>
      )}
    </section>
  );
}
