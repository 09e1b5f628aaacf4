import { useEffect, useMemo, useState } from 'preact/hooks';
import { normalizeJoinCode } from '../../domain/ids.ts';
import { Button } from '../../ui/Button.tsx';
import { useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ActivityHost } from '../shared/ActivityHost.tsx';
import { api } from '../shared/api.ts';
import { WorkshopConnection } from '../shared/connection.ts';
import { ConnectionBanner } from '../shared/ConnectionBanner.tsx';
import { engine } from '../shared/engine.ts';
import { ErrorToast } from '../shared/ErrorToast.tsx';
import type { SetLanguage } from '../shared/mount.tsx';
import { forgetParticipant, loadParticipant } from '../shared/participantStore.ts';
import { navigate } from '../shared/router.ts';
import { useConnection } from '../shared/useConnection.ts';
import { MyDetails } from './MyDetails.tsx';
import { WaitingScreen } from './WaitingScreen.tsx';
import { PhoneClosing, PhoneWelcome } from './DayScreens.tsx';
import { momentOf } from '../../domain/workshop/moment.ts';
import { NowNext } from '../shared/programme/NowNext.tsx';

/**
 * The participant's live page. Finds who this phone is (token in storage, else the cookie),
 * connects, and shows the running activity or the waiting screen.
 */
export function LivePage({ code, setLanguage }: { code: string; setLanguage: SetLanguage }) {
  const normal = normalizeJoinCode(code) ?? code;
  const [workshopId, setWorkshopId] = useState<string | null>(
    loadParticipant(normal)?.workshopId ?? null,
  );
  const [lost, setLost] = useState(false);

  useEffect(() => {
    if (workshopId) return;
    // No token in storage (cleared?): the httpOnly cookie may still know this phone.
    api<{ workshopId: string }>('GET', `/api/join/${normal}`)
      .then((info) =>
        api<{ participant: unknown }>('GET', `/api/join/${normal}/me`).then((me) =>
          me.participant ? setWorkshopId(info.workshopId) : setLost(true),
        ),
      )
      .catch(() => setLost(true));
  }, [workshopId, normal]);

  if (lost) return <SignedOut code={normal} />;
  if (!workshopId) return null;
  return <Live code={normal} workshopId={workshopId} setLanguage={setLanguage} />;
}

function Live({
  code,
  workshopId,
  setLanguage,
}: {
  code: string;
  workshopId: string;
  setLanguage: SetLanguage;
}) {
  const t = useT();
  const connection = useMemo(() => {
    const token = loadParticipant(code)?.token;
    return new WorkshopConnection(
      engine,
      { role: 'participant', workshopId, ...(token ? { token } : {}) },
      `wp:outbox:${workshopId}:participant`,
    );
  }, [code, workshopId]);
  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);
  const snapshot = useConnection(connection);
  const workshop = snapshot.workshop;
  const me =
    workshop && snapshot.you?.role === 'participant'
      ? workshop.participants[snapshot.you.participantId]
      : undefined;

  // The participant's chosen language drives the whole page.
  useEffect(() => {
    if (me?.language) setLanguage(me.language);
  }, [me?.language]);

  if (snapshot.status === 'removed') {
    // Not a dead end: removed by mistake, they can join again (or ask, at a closed door).
    return (
      <main class="wp-page wp-stack">
        <Notice tone="error" title={t('participant.live.removedTitle')}>
          <p>{t('participant.live.removedText')}</p>
        </Notice>
        <RejoinButton code={code} />
      </main>
    );
  }
  if (snapshot.status === 'unauthenticated') return <SignedOut code={code} />;

  const moment = workshop ? momentOf(workshop) : null;
  const current = workshop?.currentActivityId
    ? workshop.activities[workshop.currentActivityId]
    : undefined;
  return (
    <>
      <header class="wp-header">
        <div class="wp-header__inner">
          <p class="wp-header__title">{workshop?.title ?? t('common.appName')}</p>
          {me && (
            <span>
              {t('participant.live.youAre', {
                name: me.displayName,
                side: t(`common.sides.${me.side}`),
              })}
            </span>
          )}
        </div>
      </header>
      <main class="wp-page wp-stack" id="main">
        <ConnectionBanner snapshot={snapshot} />
        <ErrorToast connection={connection} />
        {!workshop && <p aria-busy="true">{t('common.loading')}</p>}
        {workshop && current && <NowNext workshop={workshop} now={connection.now()} compact />}
        {workshop && me && moment === 'welcome' && (
          <PhoneWelcome workshop={workshop} name={me.displayName} />
        )}
        {workshop && me && moment === 'between' && <WaitingScreen name={me.displayName} />}
        {workshop && moment === 'closing' && <PhoneClosing workshop={workshop} />}
        {workshop && !current && moment !== 'closing' && (
          <NowNext workshop={workshop} now={connection.now()} compact={false} />
        )}
        {current && (
          <ActivityHost connection={connection} activityId={current.id} surface="Participant" />
        )}
        {me && workshop && (
          <MyDetails
            connection={connection}
            me={me}
            partnerships={Object.values(workshop.partnerships)}
            onLanguage={setLanguage}
          />
        )}
      </main>
    </>
  );
}

function SignedOut({ code }: { code: string }) {
  const t = useT();
  return (
    <main class="wp-page wp-stack">
      <Notice tone="error" title={t('participant.live.signedOutTitle')}>
        <p>{t('participant.live.signedOutText')}</p>
      </Notice>
      <RejoinButton code={code} />
    </main>
  );
}

function RejoinButton({ code }: { code: string }) {
  const t = useT();
  return (
    <div>
      <Button
        onClick={() => {
          forgetParticipant(code);
          navigate(`/join/${code}`);
        }}
      >
        {t('participant.live.rejoin')}
      </Button>
    </div>
  );
}
