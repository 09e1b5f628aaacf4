import './day.css';
import { formatJoinCode } from '../../domain/ids.ts';
import { useT } from '../../ui/i18n.tsx';

/** How to join: the address, the code read out character by character, and the QR code. */
export function JoinInvite({
  code,
  joinAddress,
  compact = false,
}: {
  code: string;
  joinAddress: string;
  compact?: boolean;
}) {
  const t = useT();
  const display = formatJoinCode(code);
  return (
    <div class={`wp-join-invite wp-stack${compact ? ' wp-join-invite--compact' : ''}`}>
      <p>
        {t('projector.goTo')} <strong class="wp-lobby__url">{joinAddress}</strong>{' '}
        {t('projector.enterCode')}
      </p>
      <p class="wp-join-code" aria-label={display.split('').join(' ')}>
        {display}
      </p>
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

/**
 * The door is closed ("Sluiten voor nieuwe deelnemers"): no code, no QR code, and what a
 * latecomer should do instead. Their phone, if it has the code, can ask to be let in.
 */
export function DoorClosed() {
  const t = useT();
  return (
    <section class="wp-door-closed wp-stack" aria-labelledby="door-closed-title">
      {/* Drawn, not an emoji: projector laptops often lack an emoji font. */}
      <svg class="wp-door-closed__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 5a3 3 0 1 1 6 0v3H9V7Zm3 7a2 2 0 0 1 1 3.73V19h-2v-1.27A2 2 0 0 1 12 14Z"
        />
      </svg>
      <h2 id="door-closed-title">{t('projector.doorClosedTitle')}</h2>
      <p>{t('projector.doorClosedText')}</p>
    </section>
  );
}
