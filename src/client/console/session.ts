import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../shared/api.ts';

/** The signed-in account as the server shows it (`publicAccount`). */
export interface Account {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: 'admin' | 'facilitator';
}

export interface Session {
  /** False until the first answer of `/api/session`, so pages do not redirect too early. */
  readonly loaded: boolean;
  readonly account: Account | null;
  readonly setupRequired: boolean;
  /** True when the server could not be asked at all (offline, server down). */
  readonly failed: boolean;
  setAccount(account: Account | null): void;
  reload(): void;
}

/** Who is signed in. Asked once per page load; sign-in and sign-out pages update it directly. */
export function useSession(): Session {
  const [loaded, setLoaded] = useState(false);
  const [account, setAccount] = useState<Account | null>(null);
  const [setupRequired, setSetupRequired] = useState(false);
  const [failed, setFailed] = useState(false);

  const reload = useCallback(() => {
    setFailed(false);
    api<{ account: Account | null; setupRequired: boolean }>('GET', '/api/session').then(
      (answer) => {
        setAccount(answer.account);
        setSetupRequired(answer.setupRequired);
        setLoaded(true);
      },
      () => setFailed(true),
    );
  }, []);

  useEffect(reload, [reload]);
  return { loaded, account, setupRequired, failed, setAccount, reload };
}
