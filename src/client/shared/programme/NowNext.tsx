import { scheduleStatus } from '../../../domain/programme/schedule.ts';
import type { ProgrammeBlock } from '../../../domain/programme/state.ts';
import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';
import { BlockDocuments } from './BlockDocuments.tsx';
import { BlockTime } from './BlockTime.tsx';

/**
 * "What now, what next" on the phone. While an activity runs it is a one-line strip above it;
 * between activities it is the main card, with the block's notes and documents.
 */
export function NowNext({
  workshop,
  now,
  compact,
}: {
  workshop: WorkshopState;
  now: number;
  compact: boolean;
}) {
  const t = useT();
  const { current, next } = scheduleStatus(workshop.programme, now);
  if (!current && !next) return null;
  const label = (block: ProgrammeBlock) =>
    block.title || (block.itemType ? t(`common.programme.itemTypes.${block.itemType}`) : '');
  if (compact) {
    return next ? (
      <p class="wp-now-next wp-now-next--compact">
        <strong>{t('common.programme.next')}:</strong> {label(next)}{' '}
        {next.startTime && t('common.programme.at', { time: next.startTime })}
      </p>
    ) : null;
  }
  return (
    <section class="wp-card wp-stack wp-now-next" aria-labelledby="now-next-title">
      {current && (
        <div class="wp-stack">
          <h2 id="now-next-title">
            {t('common.programme.now')}: {label(current)}
          </h2>
          <p class="wp-row">
            {current.itemType && (
              <span class="wp-badge">{t(`common.programme.itemTypes.${current.itemType}`)}</span>
            )}
            <BlockTime block={current} />
          </p>
          {current.notes && <p>{current.notes}</p>}
          <BlockDocuments block={current} />
        </div>
      )}
      {next && (
        <p {...(current ? {} : { id: 'now-next-title' })}>
          <strong>{t('common.programme.next')}:</strong> {label(next)}{' '}
          {next.startTime && t('common.programme.at', { time: next.startTime })}
        </p>
      )}
    </section>
  );
}
