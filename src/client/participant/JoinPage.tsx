import { useEffect, useState } from 'preact/hooks';
import { formatJoinCode, normalizeJoinCode } from '../../domain/ids.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n.tsx';
import { api, ApiError } from '../shared/api.ts';
import { LanguageSwitch } from '../shared/LanguageSwitch.tsx';
import type { SetLanguage } from '../shared/mount.tsx';
import { loadParticipant } from '../shared/participantStore.ts';
import { navigate } from '../shared/router.ts';
import { DoorWaiting } from './DoorWaiting.tsx';
import { JoinForm, type WorkshopInfo } from './JoinForm.tsx';

/**
 * Joining in two short steps: the code, then name, municipality, side and language. At a
 * closed door the second step asks to be let in, and the phone waits (DoorWaiting).
 */
export function JoinPage({
  initialCode,
  setLanguage,
}: {
  initialCode: string;
  setLanguage: SetLanguage;
}) {
  const t = useT();
  const [code, setCode] = useState(
    initialCode ? formatJoinCode(normalizeJoinCode(initialCode) ?? initialCode) : '',
  );
  const [info, setInfo] = useState<WorkshopInfo | null>(null);
  const [waiting, setWaiting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function lookUp(raw: string) {
    const normal = normalizeJoinCode(raw);
    if (!normal) return setError(t('errors.WP_ERR_JOIN_CODE_UNKNOWN'));
    setBusy(true);
    setError(null);
    try {
      // Asked together, not one after the other: on venue wifi each round trip costs seconds.
      const stored = loadParticipant(normal);
      const auth = stored ? { authorization: `Bearer ${stored.token}` } : null;
      const infoRequest = api<WorkshopInfo>('GET', `/api/join/${normal}`);
      infoRequest.catch(() => undefined); // read below, unless the phone goes straight in
      const [me, entry] = await Promise.all([
        // A phone that joined before comes straight back in, as the same participant.
        api<{ participant: unknown }>('GET', `/api/join/${normal}/me`, undefined, auth ?? {}).catch(
          () => null,
        ),
        // A phone that asked at the closed door comes back to its place on the waiting list.
        auth
          ? api<{ status: string }>('GET', `/api/join/${normal}/entry`, undefined, auth).catch(
              () => null,
            )
          : null,
      ]);
      if (me?.participant) return navigate(`/w/${normal}`, true);
      setWaiting(entry?.status === 'waiting' || entry?.status === 'refused');
      setInfo(await infoRequest);
      history.replaceState(null, '', `/join/${normal}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('errors.WP_ERR_INTERNAL'));
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (initialCode) void lookUp(initialCode);
  }, []);

  return (
    <main class="wp-page wp-stack" id="main">
      <div class="wp-spread">
        <h1>
          {info
            ? t('participant.join.welcomeTo', { title: info.title })
            : t('participant.join.title')}
        </h1>
        <LanguageSwitch onChange={setLanguage} />
      </div>
      {!info && (
        <form
          class="wp-stack"
          onSubmit={(e) => {
            e.preventDefault();
            void lookUp(code);
          }}
        >
          <p>{t('participant.join.intro')}</p>
          <TextField
            label={t('participant.join.codeLabel')}
            hint={t('participant.join.codeHint')}
            value={code}
            error={error}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={9}
            class="wp-input wp-code-input"
            onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)}
          />
          <Button type="submit" busy={busy} class="wp-button--block">
            {t('participant.join.next')}
          </Button>
        </form>
      )}
      {info && waiting && (
        <DoorWaiting
          code={info.code}
          onChangeCode={() => {
            setWaiting(false);
            setInfo(null);
          }}
        />
      )}
      {info && !waiting && (
        <JoinForm
          info={info}
          onChangeCode={() => setInfo(null)}
          onWaiting={() => setWaiting(true)}
          onLocked={() => setInfo({ ...info, locked: true })}
        />
      )}
    </main>
  );
}
