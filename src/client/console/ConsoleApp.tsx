import { Button } from '../../ui/Button.tsx';
import { useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useOnChange } from '../../ui/useOnChange.ts';
import type { SetLanguage } from '../shared/mount.tsx';
import { usePath } from '../shared/router.ts';
import { ConsoleRoutes } from './ConsoleRoutes.tsx';
import { Header } from './Header.tsx';
import { useSession } from './session.ts';

/** The facilitator's pages, one bundle: sign-in flows, the workshop list, one workshop's console. */
export function ConsoleApp({ setLanguage }: { setLanguage: SetLanguage }) {
  const t = useT();
  const path = usePath();
  const session = useSession();
  useFocusOnNavigation(path);

  return (
    <>
      <a class="wp-skip-link" href="#main">
        {t('console.skipToContent')}
      </a>
      <Header
        account={session.account}
        onSignedOut={() => session.setAccount(null)}
        setLanguage={setLanguage}
      />
      {session.failed ? (
        <main id="main" tabIndex={-1} class="wp-page wp-stack">
          <Notice tone="error">{t('console.form.network')}</Notice>
          <Button onClick={session.reload}>{t('common.retry')}</Button>
        </main>
      ) : (
        <ConsoleRoutes path={path} session={session} />
      )}
    </>
  );
}

/**
 * After an in-app navigation, focus moves to the new page's main region, so keyboard and
 * screen reader users start at the top of what changed (not on the first page load).
 */
function useFocusOnNavigation(path: string): void {
  useOnChange(path, () => document.getElementById('main')?.focus());
}
