import { endTime } from '../../../domain/programme/schedule.ts';
import type { ProgrammeBlock } from '../../../domain/programme/state.ts';
import { useT } from '../../../ui/i18n.tsx';

/** "13:00 – 14:15" for a planned block; nothing when it has no time. */
export function BlockTime({ block }: { block: ProgrammeBlock }) {
  const t = useT();
  if (!block.startTime) return null;
  return (
    <span class="wp-block-time">
      {t('common.programme.fromTo', {
        from: block.startTime,
        to: endTime(block.startTime, block.durationMin),
      })}
    </span>
  );
}
