import { useT } from '../../ui/i18n.tsx';
import { match } from '../shared/router.ts';
import { InvitePage } from './InvitePage.tsx';
import { LoginPage } from './LoginPage.tsx';
import type { Account, Session } from './session.ts';
import { SetupPage } from './SetupPage.tsx';
import { SignedInPage } from './SignedInPage.tsx';
import { SignInLinkPage } from './SignInLinkPage.tsx';

/** Which page a path shows. Token links work before the session is known; the rest wait for it. */
export function ConsoleRoutes({ path, session }: { path: string; session: Session }) {
  const t = useT();
  const signedIn = (account: Account | null) => session.setAccount(account);

  const setup = match('/setup/:token', path);
  if (setup?.token) return <SetupPage token={setup.token} onSignedIn={signedIn} />;
  const signin = match('/signin/:token', path);
  if (signin?.token) return <SignInLinkPage token={signin.token} onSignedIn={signedIn} />;
  if (!session.loaded) {
    return (
      <main id="main" tabIndex={-1} class="wp-page" aria-busy="true">
        <p>{t('common.loading')}</p>
      </main>
    );
  }
  const invite = match('/invite/:token', path);
  if (invite?.token)
    return <InvitePage token={invite.token} account={session.account} onSignedIn={signedIn} />;
  if (path === '/login') {
    return (
      <LoginPage
        account={session.account}
        setupRequired={session.setupRequired}
        onSignedIn={signedIn}
      />
    );
  }
  return <SignedInPage path={path} account={session.account} />;
}
