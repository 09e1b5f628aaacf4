import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { api } from '../shared/api.ts';
import { navigate } from '../shared/router.ts';
import { explainFailure } from './failure.ts';
import { Link } from './Link.tsx';
import { workshopPath } from './navigation.ts';
import type { Account } from './session.ts';
import { useTitle } from './useTitle.ts';

/** A one-time sign-in link (the demo prints one): signs in and opens the workshop it names. */
export function SignInLinkPage(props: { token: string; onSignedIn: (account: Account) => void }) {
  const t = useT();
  useTitle(t('console.signin.title'));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<{ account: Account | null; workshopId: string | null }>('POST', '/api/auth/link', {
      token: props.token,
    }).then(
      (answer) => {
        if (answer.account) props.onSignedIn(answer.account);
        navigate(workshopPath(answer.workshopId), true);
      },
      (failure: unknown) => setError(explainFailure(failure, t)),
    );
    // The token works once: asking again (e.g. on a language change) would only fail.
  }, [props.token]);

  return (
    <main id="main" tabIndex={-1} class="wp-page wp-stack">
      <h1>{t('console.signin.title')}</h1>
      {error ? (
        <>
          <Notice tone="error" title={t('console.signin.failedTitle')}>
            <p>{error}</p>
          </Notice>
          <p>
            <Link href="/login">{t('console.signin.toLogin')}</Link>
          </p>
        </>
      ) : (
        <p role="status" aria-busy="true">
          {t('console.signin.busy')}
        </p>
      )}
    </main>
  );
}
