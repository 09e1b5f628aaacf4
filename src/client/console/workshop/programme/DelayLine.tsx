import { scheduleStatus } from '../../../../domain/programme/schedule.ts';
import type { Programme } from '../../../../domain/programme/state.ts';
import type { Translate } from '../../../../i18n/index.ts';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { formatDay, isoDateIn } from '../format.ts';
import { formatMinutes } from './minutes.ts';

/** Within a minute either way counts as on schedule: nobody acts on 60 seconds. */
export function delayText(
  delayMin: number | null,
  t: Translate,
): { text: string; tone: string } | null {
  if (delayMin === null) return null;
  if (Math.abs(delayMin) <= 1) return { text: t('console.programme.now.onTime'), tone: 'ontime' };
  const time = formatMinutes(Math.abs(delayMin), t);
  return delayMin > 0
    ? { text: t('console.programme.now.behind', { time }), tone: 'behind' }
    : { text: t('console.programme.now.ahead', { time }), tone: 'ahead' };
}

/**
 * How far the running item is off schedule ("12 min achter op schema"). A block planned on
 * another day (a rehearsal, a date not yet updated) has no useful delay: the line says so.
 */
export function DelayLine(props: { programme: Programme; at: number }) {
  const t = useT();
  const language = useLanguage();
  const { programme, at } = props;
  const { current, delayMin } = scheduleStatus(programme, at);
  if (!current) return null;
  const plannedDate = programme.days.find((d) => d.id === current.dayId)?.date ?? null;
  const otherDay = plannedDate !== null && plannedDate !== isoDateIn(at, programme.timeZone);
  const delay = otherDay ? null : delayText(delayMin, t);
  return (
    <p class={`wp-prog-delay wp-prog-delay--${delay?.tone ?? 'unplanned'}`}>
      {delay?.text ??
        (otherDay && plannedDate
          ? t('console.programme.now.otherDay', { date: formatDay(plannedDate, language) })
          : t('console.programme.now.unplanned'))}
    </p>
  );
}
