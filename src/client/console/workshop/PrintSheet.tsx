import { createPortal } from 'preact/compat';
import { formatJoinCode } from '../../../domain/ids.ts';
import { useT } from '../../../ui/i18n.tsx';

/**
 * The printed page for the door or the tables: QR code, code and address, nothing else. It
 * sits directly in <body> (a portal) so the print stylesheet can hide every other child of
 * <body> at once. Hidden from screen readers: it only exists on paper.
 */
export function PrintSheet({
  title,
  code,
  joinAddress,
}: {
  title: string;
  code: string;
  joinAddress: string;
}) {
  const t = useT();
  const display = formatJoinCode(code);
  return createPortal(
    <div class="wp-console-printsheet" aria-hidden="true">
      <h1>{t('console.overview.printTitle', { title })}</h1>
      <p>{t('console.overview.printScan')}</p>
      <img src={`/api/qr/${code}.svg`} alt="" />
      <p>{t('console.overview.printOr', { url: joinAddress })}</p>
      <p class="wp-console-printsheet__code">{display}</p>
    </div>,
    document.body,
  );
}
