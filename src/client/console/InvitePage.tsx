import { useEffect, useState } from 'preact/hooks';
import { Button } from '../../ui/Button.tsx';
import { useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useSubmission } from '../../ui/useSubmission.ts';
import { api } from '../shared/api.ts';
import { navigate } from '../shared/router.ts';
import { AccountForm, type NewAccount } from './AccountForm.tsx';
import { explainFailure } from './failure.ts';
import { Link } from './Link.tsx';
import { workshopPath } from './navigation.ts';
import type { Account } from './session.ts';
import { useTitle } from './useTitle.ts';

interface InviteInfo {
  readonly workshopTitle: string;
  readonly invitedBy: string;
}

interface Accepted {
  readonly account: Account;
  readonly workshopId: string;
}

/** An invitation to co-facilitate: accept as the signed-in account, or create one on the spot. */
export function InvitePage(props: {
  token: string;
  account: Account | null;
  onSignedIn: (account: Account) => void;
}) {
  const t = useT();
  useTitle(t('console.invite.title'));
  const [info, setInfo] = useState<InviteInfo | null>(null);
  const { busy, error, setError, run } = useSubmission();
  const path = `/invite/${encodeURIComponent(props.token)}`;

  useEffect(() => {
    api<InviteInfo>('GET', `/api/invites/${encodeURIComponent(props.token)}`).then(
      setInfo,
      (failure: unknown) => setError(explainFailure(failure, t)),
    );
  }, [props.token]);

  async function accept(account?: NewAccount): Promise<string | null> {
    try {
      const answer = await api<Accepted>('POST', '/api/invites/accept', {
        token: props.token,
        ...account,
      });
      props.onSignedIn(answer.account);
      navigate(workshopPath(answer.workshopId), true);
      return null;
    } catch (failure) {
      return explainFailure(failure, t);
    }
  }

  return (
    <main id="main" tabIndex={-1} class="wp-page wp-stack">
      <h1>{t('console.invite.title')}</h1>
      {!info && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {info && (
        <p>
          {info.invitedBy
            ? t('console.invite.invitedBy', { name: info.invitedBy })
            : t('console.invite.invited')}{' '}
          <strong>{info.workshopTitle}</strong>
        </p>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {info && props.account && (
        <div class="wp-stack wp-card">
          <p>{t('console.invite.signedInAs', { name: props.account.name })}</p>
          <Button busy={busy} onClick={() => void run(() => accept())}>
            {t('console.invite.accept')}
          </Button>
        </div>
      )}
      {info && !props.account && (
        <>
          <p>
            <Link href={`/login?next=${encodeURIComponent(path)}`}>
              {t('console.invite.haveAccount')}
            </Link>
          </p>
          <p>{t('console.invite.newAccount')}</p>
          <AccountForm submitLabel={t('console.invite.submit')} onSubmit={accept} />
        </>
      )}
    </main>
  );
}
