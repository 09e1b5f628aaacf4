import { useT } from '../../ui/i18n.tsx';
import { api } from '../shared/api.ts';
import { navigate } from '../shared/router.ts';
import { AccountForm, type NewAccount } from './AccountForm.tsx';
import { explainFailure } from './failure.ts';
import type { Account } from './session.ts';
import { useTitle } from './useTitle.ts';

/** The first start outside demo mode: the printed setup link creates the first administrator. */
export function SetupPage(props: { token: string; onSignedIn: (account: Account) => void }) {
  const t = useT();
  useTitle(t('console.setup.title'));

  async function create(account: NewAccount): Promise<string | null> {
    try {
      const answer = await api<{ account: Account }>('POST', '/api/setup', {
        token: props.token,
        ...account,
      });
      props.onSignedIn(answer.account);
      navigate('/console', true);
      return null;
    } catch (failure) {
      return explainFailure(failure, t);
    }
  }

  return (
    <main id="main" tabIndex={-1} class="wp-page wp-stack">
      <h1>{t('console.setup.title')}</h1>
      <p>{t('console.setup.intro')}</p>
      <AccountForm submitLabel={t('console.setup.submit')} onSubmit={create} />
    </main>
  );
}
