import { plannedStart } from '../../../../domain/programme/schedule.ts';
import type { ProgrammeBlock, ProgrammeDay } from '../../../../domain/programme/state.ts';
import type { Language } from '../../../../domain/language.ts';
import type { Translate } from '../../../../i18n/index.ts';
import type { ActivityInstance } from '../../../../domain/workshop/state.ts';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { registry } from '../../../shared/engine.ts';
import { formatClock, formatDay, isoDateIn } from '../format.ts';
import { DocumentLinks } from './DocumentLinks.tsx';
import { formatMinutes } from './minutes.ts';

/** What a block is: its type and state in words, notes, files, and when it really ran. */
export function BlockSummary(props: {
  block: ProgrammeBlock;
  day: ProgrammeDay;
  activity: ActivityInstance | undefined;
  current: boolean;
  timeZone: string;
  showDocuments: boolean;
}) {
  const t = useT();
  const language = useLanguage();
  const { block, activity } = props;
  const kindT = useT(activity?.kind ?? 'app');
  const clock = (at: number) => formatClock(at, props.timeZone, language);

  // "Live werkvorm: Voorstelronde" under the title "Voorstelronde" would say it twice.
  const kindTitle = kindT('title');
  const type = activity
    ? kindTitle === block.title
      ? t('console.programme.block.liveOnly')
      : t('console.programme.block.live', { kind: kindTitle })
    : t(`console.programme.block.item.${block.itemType ?? 'other'}`);
  const status = props.current
    ? null // the "now" badge says it
    : activity
      ? t(`console.programme.block.activityStatus.${activity.status}`)
      : block.endedAt !== null
        ? t('console.programme.block.status.ended')
        : null;

  return (
    <div class="wp-stack wp-prog-block__body">
      <p class="wp-row wp-prog-block__meta">
        <span class={`wp-badge${activity ? ' wp-prog-badge--live' : ''}`}>{type}</span>
        {props.current && (
          <span class="wp-badge wp-prog-badge--now">
            {t('console.programme.block.status.current')}
          </span>
        )}
        {status && (
          <span class={`wp-badge wp-prog-badge--${activity?.status ?? 'ended'}`}>{status}</span>
        )}
      </p>
      {block.plannedKind && !activity && !registry.get(block.plannedKind) && (
        <p class="wp-field__hint">{t('console.programme.block.plannedKind')}</p>
      )}
      {block.notes && <p class="wp-prog-block__notes">{block.notes}</p>}
      {props.showDocuments && block.documents.length > 0 && (
        <DocumentLinks documents={block.documents} />
      )}
      {block.startedAt !== null && (
        <p class="wp-field__hint">
          {startedText(block, props.day, props.timeZone, language, t)}
          {block.endedAt !== null &&
            ` · ${t('console.programme.block.endedAt', { time: clock(block.endedAt) })}`}
        </p>
      )}
    </div>
  );
}

/** "Begonnen om 10:07, 7 min later dan gepland": planned against actual, per block. */
function startedText(
  block: ProgrammeBlock,
  day: ProgrammeDay,
  timeZone: string,
  language: Language,
  t: Translate,
): string {
  const startedAt = block.startedAt ?? 0;
  const time = formatClock(startedAt, timeZone, language);
  const date = isoDateIn(startedAt, timeZone);
  // Started on another day than planned: minutes late would be a meaningless huge number.
  if (day.date && date !== day.date)
    return t('console.programme.block.startedOtherDay', { time, date: formatDay(date, language) });
  const planned = plannedStart(day, block, timeZone);
  const late = planned === null ? 0 : Math.round((startedAt - planned) / 60_000);
  const delay = formatMinutes(Math.abs(late), t);
  if (late > 1) return t('console.programme.block.startedLate', { time, delay });
  if (late < -1) return t('console.programme.block.startedEarly', { time, delay });
  return t('console.programme.block.startedAt', { time });
}
