import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { useServerNow } from '../../../../ui/Timer.tsx';
import { formatClock } from '../format.ts';

/** The venue's time by the server's clock, large: the facilitator's watch for the day. */
export function RunClock({ now, timeZone }: { now: () => number; timeZone: string }) {
  const t = useT();
  const language = useLanguage();
  const at = useServerNow(now, 10_000);
  const time = formatClock(at, timeZone, language);
  return (
    <p class="wp-run-clock">
      <span class="wp-visually-hidden">{t('console.run.clock', { time })}</span>
      <span aria-hidden="true">{time}</span>
    </p>
  );
}
