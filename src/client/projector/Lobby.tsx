import { formatJoinCode } from '../../domain/ids.ts';
import { activeParticipants, type WorkshopState } from '../../domain/workshop/state.ts';
import { useT } from '../../ui/i18n.tsx';

/** Before and between activities: how to join, and who is in. */
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
  const display = formatJoinCode(code);
  return (
    <div class="wp-lobby">
      <div class="wp-lobby__text wp-stack">
        <h1>{workshop.title}</h1>
        <h2>{t('projector.lobbyTitle')}</h2>
        <p>
          {t('projector.goTo')} <strong class="wp-lobby__url">{joinAddress}</strong>{' '}
          {t('projector.enterCode')}
        </p>
        <p class="wp-join-code" aria-label={display.split('').join(' ')}>
          {display}
        </p>
        <p aria-live="polite">{t('projector.joined', { count: people.length })}</p>
        <ul class="wp-lobby__people" aria-label={t('projector.joined', { count: people.length })}>
          {people.map((p) => (
            <li key={p.id} class={`wp-badge wp-badge--${p.side}`}>
              {p.displayName}
            </li>
          ))}
        </ul>
      </div>
      <figure class="wp-lobby__qr">
        <img
          src={`/api/qr/${code}.svg`}
          alt={t('projector.qrAlt', { code: display })}
          width={420}
          height={420}
        />
        <figcaption>{t('projector.orScan')}</figcaption>
      </figure>
    </div>
  );
}
