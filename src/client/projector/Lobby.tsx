import './day.css';
import { activeParticipants, type WorkshopState } from '../../domain/workshop/state.ts';
import { useT } from '../../ui/i18n.tsx';
import { DoorClosed, JoinInvite } from './Door.tsx';

/** Between activities: how to join (or that the door is closed), and who is in. */
export function Lobby({
  workshop,
  code,
  joinAddress,
}: {
  workshop: WorkshopState;
  code: string;
  joinAddress: string;
}) {
  const t = useT();
  const people = activeParticipants(workshop);
  return (
    <div class="wp-lobby">
      <div class="wp-lobby__text wp-stack">
        <h1>{workshop.title}</h1>
        {!workshop.locked && <h2>{t('projector.lobbyTitle')}</h2>}
        <p aria-live="polite">{t('projector.joined', { count: people.length })}</p>
        <ul class="wp-lobby__people" aria-label={t('projector.joined', { count: people.length })}>
          {people.map((p) => (
            <li key={p.id} class={`wp-badge wp-badge--${p.side}`}>
              {p.displayName}
            </li>
          ))}
        </ul>
      </div>
      {workshop.locked ? (
        <DoorClosed />
      ) : (
        <JoinInvite code={code} joinAddress={joinAddress} compact />
      )}
    </div>
  );
}
