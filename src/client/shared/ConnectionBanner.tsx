import { useT } from '../../ui/i18n.tsx';
import type { ConnectionSnapshot } from './connection.ts';

/**
 * Tells people when they are offline and how many changes wait to be sent. Silent when all is
 * well, so it never distracts; announced politely when it changes.
 */
export function ConnectionBanner({ snapshot }: { snapshot: ConnectionSnapshot }) {
  const t = useT();
  const unsent = snapshot.pending.filter((p) => p.ackedSeq === null).length;
  const offline = snapshot.status === 'offline' || snapshot.status === 'connecting';
  return (
    <div role="status" aria-live="polite" class="wp-connection">
      {offline && snapshot.workshop && (
        <p class="wp-notice wp-notice--error">{t('common.connection.offline')}</p>
      )}
      {unsent > 0 && offline && (
        <p class="wp-notice">{t('common.connection.pending', { count: unsent })}</p>
      )}
      {snapshot.status === 'failed' && (
        <div class="wp-notice wp-notice--error">
          <p>{snapshot.error?.message ?? t('errors.WP_ERR_INTERNAL')}</p>
          <button
            type="button"
            class="wp-button wp-button--secondary"
            onClick={() => location.reload()}
          >
            {t('common.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
