import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useT } from '../../../ui/i18n.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { WorkshopConnection } from '../../shared/connection.ts';
import { ConnectionBanner } from '../../shared/ConnectionBanner.tsx';
import { engine } from '../../shared/engine.ts';
import { ErrorToast } from '../../shared/ErrorToast.tsx';
import { useConnection } from '../../shared/useConnection.ts';
import { navigate } from '../../shared/router.ts';
import { commandRunner } from '../commands.ts';
import { Link } from '../Link.tsx';
import { goToLogin, notesPath } from '../navigation.ts';
import type { Account } from '../session.ts';
import { useTitle } from '../useTitle.ts';
import { ModeSwitch, type ConsoleMode } from './ModeSwitch.tsx';
import { isNoteTaker } from './notes/noteModel.ts';
import { NotesPage } from './notes/NotesPage.tsx';
import { NoteTakerNotice } from './notes/NoteTakerNotice.tsx';
import { SteeringGate } from './notes/SteeringGate.tsx';
import { OverviewSection } from './OverviewSection.tsx';
import { ParticipantsSection } from './ParticipantsSection.tsx';
import { PartnershipsSection } from './PartnershipsSection.tsx';
import { ProgrammeSection } from './programme/ProgrammeSection.tsx';
import { ReportPage } from './report/ReportPage.tsx';
import { RunMode } from './run/RunMode.tsx';
import { SectionNav } from './SectionNav.tsx';
import { TeamSection } from './TeamSection.tsx';

/**
 * One workshop's console: one live facilitator connection, shared by its two screens. `run`
 * is the day's live screen (run/RunMode.tsx); `plan` holds every preparing section on one
 * page with an in-page menu, so the browser's find and back button keep working. The
 * connection outlives a switch between them (this component stays mounted).
 */
export function WorkshopConsole({
  workshopId,
  account,
  mode,
}: {
  workshopId: string;
  account: Account;
  mode: ConsoleMode;
}) {
  const t = useT();
  const connection = useMemo(
    () =>
      new WorkshopConnection(
        engine,
        { role: 'facilitator', workshopId },
        `wp:outbox:${workshopId}:facilitator`,
      ),
    [workshopId],
  );
  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);
  const snapshot = useConnection(connection);
  const run = useMemo(() => commandRunner(connection), [connection]);
  const workshop = snapshot.workshop;
  useTitle(workshop?.title ?? t('console.title'));

  // The socket refuses for good when the session is gone, the workshop unknown, or not ours.
  const refusal = snapshot.status === 'unauthenticated' ? snapshot.error : null;
  useEffect(() => {
    if (refusal?.code === 'WP_ERR_UNAUTHENTICATED') goToLogin();
  }, [refusal?.code]);

  // A note-taker arriving at the workshop (from the list, a link) starts on their own screen;
  // after that the live screen stays theirs to look at.
  const noteTaker = !!workshop && isNoteTaker(workshop, snapshot.you);
  const arrived = useRef(false);
  useEffect(() => {
    if (!workshop || !snapshot.you || arrived.current) return;
    arrived.current = true;
    if (noteTaker && mode === 'run') navigate(notesPath(workshopId), true);
  }, [workshop, snapshot.you]);

  if (refusal) {
    return (
      <main id="main" tabIndex={-1} class="wp-page wp-stack">
        <h1>{t('console.workshop.notAllowedTitle')}</h1>
        <Notice tone="error">{refusal.message}</Notice>
        <p>
          <Link href="/console">{t('console.workshop.backToList')}</Link>
        </p>
      </main>
    );
  }
  if (!workshop) {
    return (
      <main id="main" tabIndex={-1} class="wp-page" aria-busy="true">
        <ConnectionBanner snapshot={snapshot} />
        <p>{t('common.loading')}</p>
      </main>
    );
  }
  if (mode === 'run') {
    return (
      <RunMode
        workshop={workshop}
        snapshot={snapshot}
        connection={connection}
        run={run}
        workshopId={workshopId}
      />
    );
  }
  if (mode === 'notes') {
    return <NotesPage workshopId={workshopId} workshop={workshop} snapshot={snapshot} run={run} />;
  }
  if (mode === 'report') {
    return (
      <main id="main" tabIndex={-1} class="wp-page wp-page--wide wp-stack">
        <h1>{workshop.title}</h1>
        <ModeSwitch workshopId={workshopId} mode="report" />
        <ConnectionBanner snapshot={snapshot} />
        <ReportPage workshopId={workshopId} workshop={workshop} run={run} />
      </main>
    );
  }
  return (
    <div class="wp-console-layout">
      <SectionNav workshop={workshop} />
      <main id="main" tabIndex={-1} class="wp-console-main wp-stack">
        <h1>{workshop.title}</h1>
        <ModeSwitch workshopId={workshopId} mode="plan" />
        <ConnectionBanner snapshot={snapshot} />
        {noteTaker && <NoteTakerNotice workshopId={workshopId} />}
        <ErrorToast connection={connection} />
        <SteeringGate readOnly={noteTaker}>
          <OverviewSection workshop={workshop} run={run} />
          <PartnershipsSection workshop={workshop} run={run} />
          <ParticipantsSection workshop={workshop} online={snapshot.online} run={run} />
          <ProgrammeSection workshop={workshop} connection={connection} run={run} />
        </SteeringGate>
        <TeamSection workshop={workshop} account={account} run={run} />
      </main>
    </div>
  );
}
