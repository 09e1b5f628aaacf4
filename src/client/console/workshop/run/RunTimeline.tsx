import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { Link } from '../../Link.tsx';
import { planPath } from '../../navigation.ts';
import { formatDay } from '../format.ts';
import { RunTimelineItem } from './RunTimelineItem.tsx';

/**
 * The programme as a compact timeline: one line per item, with what can be done with it on
 * the day (start it, open it to prepare). Editing it lives on the preparing screen.
 */
export function RunTimeline(props: {
  workshop: WorkshopState;
  workshopId: string;
  runningActivityId: string | null;
  startBlock(blockId: string): Promise<unknown>;
  prepare(activityId: string): void;
}) {
  const t = useT();
  const language = useLanguage();
  const { programme } = props.workshop;
  return (
    <section class="wp-card wp-stack wp-run-timeline" aria-labelledby="run-timeline-title">
      <div class="wp-spread wp-run-timeline__head">
        <h2 id="run-timeline-title">{t('console.run.timeline.title')}</h2>
        <Link href={planPath(props.workshopId)}>{t('console.run.timeline.toPlan')}</Link>
      </div>
      {programme.days.length === 0 && <p>{t('console.run.timeline.empty')}</p>}
      {programme.days.map((day) => (
        <div key={day.id} class="wp-run-timeline__day">
          <h3 class="wp-run-timeline__day-title">
            {day.title}
            {day.date && (
              <span class="wp-run-timeline__date"> · {formatDay(day.date, language)}</span>
            )}
          </h3>
          <ol class="wp-run-timeline__items">
            {day.blockIds.map((id) => {
              const block = programme.blocks[id];
              return block ? (
                <RunTimelineItem
                  key={id}
                  block={block}
                  workshop={props.workshop}
                  running={!!block.activityId && block.activityId === props.runningActivityId}
                  startBlock={props.startBlock}
                  prepare={props.prepare}
                />
              ) : null;
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}
