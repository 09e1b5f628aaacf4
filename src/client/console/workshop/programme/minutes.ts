import type { Translate } from '../../../../i18n/index.ts';

/** "45 min", "2 uur", "1 uur en 15 min": long spans read better in hours. */
export function formatMinutes(count: number, t: Translate): string {
  if (count < 60) return t('console.programme.block.minutes', { count });
  const hours = Math.floor(count / 60);
  const minutes = count % 60;
  return minutes === 0
    ? t('console.programme.block.hours', { count: hours })
    : t('console.programme.block.hoursMinutes', { hours, minutes });
}
