import { useEffect, useState } from 'preact/hooks';
import { Button } from '../../ui/Button.tsx';
import { useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { api, ApiError } from '../shared/api.ts';
import { loadParticipant } from '../shared/participantStore.ts';
import { navigate } from '../shared/router.ts';
import { sendJoin, type JoinDetails } from './JoinForm.tsx';

/** What `GET /api/join/:code/entry` answers for this phone's own request. */
interface EntryAnswer {
  /** Null: this phone has no request here (any more). */
  status: 'waiting' | 'admitted' | 'refused' | null;
  locked: boolean | null;
  request: JoinDetails | null;
}

/** How often a waiting phone asks: often enough to feel immediate, light for a hall. */
const POLL_MS = 3000;

/**
 * A phone waiting at the closed door. It asks the server every few seconds; let in, it goes
 * on to the live page with the token it already holds. Refused, it can ask again; if the door
 * opens meanwhile, it joins by itself. Never a dead end: "Andere code" is always there.
 */
export function DoorWaiting({ code, onChangeCode }: { code: string; onChangeCode: () => void }) {
  const t = useT();
  const [entry, setEntry] = useState<EntryAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll() {
      const stored = loadParticipant(code);
      try {
        const answer = await api<EntryAnswer>(
          'GET',
          `/api/join/${code}/entry`,
          undefined,
          stored ? { authorization: `Bearer ${stored.token}` } : {},
        );
        if (stopped) return;
        // No request here (any more): back to the form.
        if (answer.status === null) return onChangeCode();
        setError(null);
        setEntry(answer);
        if (answer.status === 'admitted') return navigate(`/w/${code}`, true);
        // The door opened while we waited: join straight away, as the same phone.
        if (answer.status === 'waiting' && !answer.locked && answer.request) {
          await sendJoin(code, answer.request, false);
          return navigate(`/w/${code}`, true);
        }
        if (answer.status === 'refused') return; // until they ask again
      } catch (e) {
        if (stopped) return;
        // An unknown code sends the phone back to the form; other failures: keep trying.
        if (e instanceof ApiError && e.status === 404) return onChangeCode();
        setError(e instanceof ApiError ? e.message : t('errors.WP_ERR_INTERNAL'));
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    }
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [code, round]);

  async function askAgain() {
    if (!entry?.request) return;
    setBusy(true);
    try {
      await sendJoin(code, entry.request, true);
      setEntry({ ...entry, status: 'waiting' });
      setRound((r) => r + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('errors.WP_ERR_INTERNAL'));
    } finally {
      setBusy(false);
    }
  }

  const refused = entry?.status === 'refused';
  return (
    <section class="wp-stack" aria-labelledby="door-title">
      <Notice tone={refused ? 'error' : 'info'}>
        <h2 id="door-title">
          {refused ? t('participant.door.refusedTitle') : t('participant.door.waitingTitle')}
        </h2>
        <p>{refused ? t('participant.door.refusedText') : t('participant.door.waitingText')}</p>
      </Notice>
      {error && <Notice tone="error">{error}</Notice>}
      <div class="wp-row">
        {refused && (
          <Button busy={busy} onClick={() => void askAgain()}>
            {t('participant.door.askAgain')}
          </Button>
        )}
        <Button variant="quiet" onClick={onChangeCode}>
          {t('participant.join.changeCode')}
        </Button>
      </div>
    </section>
  );
}
