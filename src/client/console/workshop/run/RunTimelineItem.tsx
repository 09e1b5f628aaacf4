import { useEffect, useRef } from 'preact/hooks';
import { StartBlockButton } from '../programme/StartBlockButton.tsx';
import type { ProgrammeBlock } from '../../../../domain/programme/state.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';

/**
 * One item of the day: planned time, title, state, and its actions. Starting it takes its
 * own button away, so focus then lands on its title rather than on the page's top.
 */
export function RunTimelineItem(props: {
  block: ProgrammeBlock;
  workshop: WorkshopState;
  running: boolean;
  startBlock(blockId: string): Promise<unknown>;
  prepare(activityId: string): void;
}) {
  const t = useT();
  const { block, workshop } = props;
  const activity = block.activityId ? workshop.activities[block.activityId] : undefined;
  const current = workshop.programme.currentBlockId === block.id;
  const done = block.endedAt !== null && !current;
  const titleId = `run-item-${block.id}`;
  const item = useRef<HTMLLIElement>(null);

  // The current item scrolls into view in the timeline (not the page) when the day moves on.
  useEffect(() => {
    if (!current) return;
    const list = item.current?.closest('.wp-run-timeline');
    if (list && item.current) {
      const top = item.current.offsetTop - list.clientHeight / 3;
      list.scrollTo({ top: Math.max(0, top) });
    }
  }, [current]);

  return (
    <li
      ref={item}
      class={['wp-run-item', current && 'wp-run-item--current', done && 'wp-run-item--done']
        .filter(Boolean)
        .join(' ')}
      aria-current={current ? 'step' : undefined}
    >
      <span class="wp-run-item__time">{block.startTime ?? '–'}</span>
      <div class="wp-run-item__main">
        <p id={titleId} class="wp-run-item__title" tabIndex={-1}>
          {block.title}
        </p>
        {(current || done || activity) && (
          <p class="wp-run-item__meta">
            {current && (
              <span class="wp-badge wp-prog-badge--now">
                {t('console.programme.block.status.current')}
              </span>
            )}
            {done && <span>{t('console.programme.block.status.ended')}</span>}
            {activity && !current && !done && <span>{t('console.programme.block.liveOnly')}</span>}
          </p>
        )}
      </div>
      <div class="wp-run-item__actions">
        {!current && (
          <StartBlockButton
            startedBefore={block.startedAt !== null}
            describedBy={titleId}
            start={() => props.startBlock(block.id)}
          />
        )}
        {activity && !props.running && (
          <Button
            variant="quiet"
            aria-describedby={titleId}
            onClick={() => props.prepare(activity.id)}
          >
            {t('console.run.timeline.showControls')}
          </Button>
        )}
      </div>
    </li>
  );
}
