import { useEffect, useState } from 'preact/hooks';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { api } from '../shared/api.ts';
import { navigate } from '../shared/router.ts';
import { explainFailure } from './failure.ts';
import { pathAfterLogin } from './navigation.ts';
import type { Account } from './session.ts';
import { useTitle } from './useTitle.ts';

/** Email and password; afterwards back to where the person was sent from. */
export function LoginPage(props: {
  account: Account | null;
  setupRequired: boolean;
  onSignedIn: (account: Account) => void;
}) {
  const t = useT();
  useTitle(t('console.login.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Signed in (just now, in another tab, or from a bookmark): go on to where the person was going.
  useEffect(() => {
    if (props.account) navigate(pathAfterLogin(), true);
  }, [props.account]);

  async function submit(e: Event) {
    e.preventDefault();
    if (!email.trim() || !password) return setError(t('console.form.required'));
    setBusy(true);
    setError(null);
    try {
      const answer = await api<{ account: Account }>('POST', '/api/auth/login', {
        email: email.trim(),
        password,
      });
      props.onSignedIn(answer.account); // the effect above then takes the person on
    } catch (failure) {
      setError(explainFailure(failure, t));
      setBusy(false);
    }
  }

  return (
    <main id="main" tabIndex={-1} class="wp-page wp-stack">
      <h1>{t('console.login.title')}</h1>
      <p>{t('console.login.intro')}</p>
      {props.setupRequired && <Notice>{t('console.login.setupRequired')}</Notice>}
      <form class="wp-stack wp-card" onSubmit={submit} noValidate>
        <TextField
          label={t('console.account.email')}
          type="email"
          autocomplete="username"
          value={email}
          required
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <TextField
          label={t('console.account.password')}
          type="password"
          autocomplete="current-password"
          value={password}
          required
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        {error && <Notice tone="error">{error}</Notice>}
        <Button type="submit" busy={busy}>
          {t('console.login.submit')}
        </Button>
      </form>
    </main>
  );
}
