import { Button } from '../../ui/Button.tsx';
import { useT } from '../../ui/i18n.tsx';
import { api } from '../shared/api.ts';
import { LanguageSwitch } from '../shared/LanguageSwitch.tsx';
import type { SetLanguage } from '../shared/mount.tsx';
import { navigate } from '../shared/router.ts';
import { Link } from './Link.tsx';
import type { Account } from './session.ts';

/** The bar on every console page: the app's name, the language, who is signed in, sign out. */
export function Header(props: {
  account: Account | null;
  onSignedOut: () => void;
  setLanguage: SetLanguage;
}) {
  const t = useT();
  const { account } = props;

  async function signOut() {
    // Signing out locally even if the server is unreachable: the person asked to leave.
    await api('POST', '/api/auth/logout').catch(() => null);
    props.onSignedOut();
    navigate('/login');
  }

  return (
    <header class="wp-header">
      <div class="wp-header__inner">
        <p class="wp-header__title">{t('common.appName')}</p>
        <div class="wp-row">
          <LanguageSwitch onChange={props.setLanguage} />
          {account && (
            <>
              <Link href="/console" class="wp-console-header__link">
                {t('console.header.home')}
              </Link>
              <span>{t('console.header.signedInAs', { name: account.name })}</span>
              <Button variant="secondary" onClick={() => void signOut()}>
                {t('console.header.signOut')}
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
