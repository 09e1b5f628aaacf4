import { useEffect } from 'preact/hooks';
import { match, navigate } from '../shared/router.ts';
import { goToLogin } from './navigation.ts';
import type { Account } from './session.ts';
import { WorkshopConsole } from './workshop/WorkshopConsole.tsx';
import { WorkshopListPage } from './WorkshopListPage.tsx';

/** Pages only an account holder sees; anyone else goes to sign in and comes back after. */
export function SignedInPage({ path, account }: { path: string; account: Account | null }) {
  // `/console/<id>` is the day's live screen; `/console/<id>/plan` the preparing screens;
  // `/console/<id>/report` the report and the research data; `/console/<id>/notes` the notes.
  const plan = match('/console/:workshopId/plan', path);
  const report = match('/console/:workshopId/report', path);
  const notes = match('/console/:workshopId/notes', path);
  const workshop = plan ?? report ?? notes ?? match('/console/:workshopId', path);
  const known = path === '/console' || !!workshop?.workshopId;
  useEffect(() => {
    if (!account) goToLogin();
    else if (!known) navigate('/console', true);
  }, [account, known]);
  if (!account || !known) return null;
  if (workshop?.workshopId) {
    return (
      <WorkshopConsole
        key={workshop.workshopId}
        workshopId={workshop.workshopId}
        account={account}
        mode={plan ? 'plan' : report ? 'report' : notes ? 'notes' : 'run'}
      />
    );
  }
  return <WorkshopListPage />;
}
