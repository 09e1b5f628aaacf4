import './door.css';
import { useState } from 'preact/hooks';
import {
  waitingRequests,
  type EntryRequest,
  type WorkshopState,
} from '../../../domain/workshop/state.ts';
import { own } from '../../../domain/ids.ts';
import { Button } from '../../../ui/Button.tsx';
import { useT } from '../../../ui/i18n.tsx';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import type { RunCommand } from '../commands.ts';

/**
 * People at the closed door who asked to come in, oldest first: let in (they join as they
 * typed it, their phone goes on by itself) or refuse (their phone says so and may ask again).
 */
export function WaitingList({ workshop, run }: { workshop: WorkshopState; run: RunCommand }) {
  const t = useT();
  const waiting = waitingRequests(workshop);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function decide(request: EntryRequest, admit: boolean) {
    setBusyId(request.id);
    const result = await run(
      admit
        ? { type: 'admitEntry', requestId: request.id }
        : { type: 'refuseEntry', requestId: request.id },
    );
    setBusyId(null);
    setError(result.ok ? null : result.message);
    if (result.ok)
      setMessage(
        t(admit ? 'console.door.admitted' : 'console.door.refused', { name: request.displayName }),
      );
  }

  if (waiting.length === 0 && !workshop.locked) return <LiveRegion message={message} />;
  return (
    <section class="wp-stack wp-console-door" aria-labelledby="door-title">
      <h4 id="door-title">{t('console.door.title')}</h4>
      {waiting.length === 0 ? (
        <p>{t('console.door.empty')}</p>
      ) : (
        <>
          <p>
            <strong>{t('console.door.waiting', { count: waiting.length })}</strong>.{' '}
            {t('console.door.intro')}
          </p>
          <ul class="wp-console-door__list">
            {waiting.map((request) => {
              const nameId = `door-${request.id}`;
              const municipality = request.partnershipId
                ? own(workshop.partnerships, request.partnershipId)?.municipality
                : undefined;
              return (
                <li key={request.id} class="wp-console-door__item">
                  <span id={nameId}>
                    <strong>{request.displayName}</strong> ·{' '}
                    {municipality ?? t('console.participants.noMunicipality')} ·{' '}
                    {t(`common.sides.${request.side}`)}
                  </span>
                  <span class="wp-row">
                    <Button
                      busy={busyId === request.id}
                      aria-describedby={nameId}
                      onClick={() => void decide(request, true)}
                    >
                      {t('console.door.admit')}
                    </Button>
                    <Button
                      variant="secondary"
                      disabled={busyId === request.id}
                      aria-describedby={nameId}
                      onClick={() => void decide(request, false)}
                    >
                      {t('console.door.refuse')}
                    </Button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <LiveRegion message={message} />
    </section>
  );
}
