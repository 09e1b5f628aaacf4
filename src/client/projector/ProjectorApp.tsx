import './projector.css';
import { useEffect, useMemo } from 'preact/hooks';
import { formatJoinCode, normalizeJoinCode } from '../../domain/ids.ts';
import { useT } from '../../ui/i18n.tsx';
import { PagerHubContext } from '../../ui/fit/remote.ts';
import { Notice } from '../../ui/Notice.tsx';
import { ActivityHost } from '../shared/ActivityHost.tsx';
import { WorkshopConnection } from '../shared/connection.ts';
import { engine } from '../shared/engine.ts';
import type { SetLanguage } from '../shared/mount.tsx';
import { match, usePath } from '../shared/router.ts';
import { useConnection } from '../shared/useConnection.ts';
import { useJoinAddress } from '../shared/useJoinAddress.ts';
import { DayScreen } from './DayScreen.tsx';
import { ProgrammeItem } from './ProgrammeItem.tsx';
import { SharedNote } from './SharedNote.tsx';
import { useScreenRemote } from './useScreenRemote.ts';

/** The big screen: the lobby with code and QR, then whatever activity runs, live. */
export function ProjectorApp({ setLanguage }: { setLanguage: SetLanguage }) {
  const path = usePath();
  const code = normalizeJoinCode(match('/projector/:code', path)?.code ?? '') ?? '';
  const connection = useMemo(
    () => new WorkshopConnection(engine, { role: 'projector', code }, `wp:outbox:projector`),
    [code],
  );
  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);
  const snapshot = useConnection(connection);
  // The facilitator pages and pins this screen's lists from the console (the remote).
  const pagers = useScreenRemote(connection, snapshot.status);
  const joinAddress = useJoinAddress(code);
  const t = useT();
  const workshop = snapshot.workshop;

  // The screen speaks the workshop's language, whatever the laptop's browser prefers.
  useEffect(() => {
    if (workshop) setLanguage(workshop.defaultLanguage);
  }, [workshop?.defaultLanguage]);

  if (snapshot.status === 'unauthenticated') {
    return (
      <main class="wp-projector">
        <Notice tone="error">{t('projector.notFound')}</Notice>
      </main>
    );
  }
  if (!workshop) return <main class="wp-projector" aria-busy="true" />;
  const current = workshop.currentActivityId
    ? workshop.activities[workshop.currentActivityId]
    : undefined;
  // A plain item (a presentation, a break) is shown when no activity runs; else the lobby.
  const item = workshop.programme.currentBlockId
    ? workshop.programme.blocks[workshop.programme.currentBlockId]
    : undefined;
  return (
    <main class={current ? 'wp-projector wp-projector--activity' : 'wp-projector'}>
      {current ? (
        <>
          <div class="wp-spread wp-projector__bar">
            <h1 class="wp-projector__title">{current.title}</h1>
            {/* A locked door invites nobody: latecomers ask the facilitator (the waiting list). */}
            {!workshop.locked && (
              <p class="wp-projector__join">
                {t('projector.joinSmall', { url: joinAddress, code: formatJoinCode(code) })}
              </p>
            )}
          </div>
          {/* A box of fixed height (the screen less the bar): views measure what fits in it. */}
          <div class="wp-projector__stage">
            <PagerHubContext.Provider value={pagers}>
              <ActivityHost connection={connection} activityId={current.id} surface="Projector" />
            </PagerHubContext.Provider>
          </div>
        </>
      ) : item ? (
        <ProgrammeItem workshop={workshop} block={item} code={code} now={connection.now()} />
      ) : (
        <DayScreen workshop={workshop} code={code} joinAddress={joinAddress} />
      )}
      <SharedNote workshop={workshop} />
    </main>
  );
}
