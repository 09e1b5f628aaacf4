import { useSortable } from '@dnd-kit/sortable';
import { StartBlockButton } from './StartBlockButton.tsx';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useRef } from 'preact/hooks';
import type { ProgrammeBlock, ProgrammeDay } from '../../../../domain/programme/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { BlockEditor } from './BlockEditor.tsx';
import { BlockSummary } from './BlockSummary.tsx';
import { useProgramme } from './context.ts';

/**
 * One block of the timeline: planned time, title, type and state, and what can be done
 * with it. Dragged by its handle (mouse, touch); the keyboard path is in its editor.
 */
export function BlockItem({ block, day }: { block: ProgrammeBlock; day: ProgrammeDay }) {
  const t = useT();
  const api = useProgramme();
  const { workshop, programme } = api;
  const activity = block.activityId ? workshop.activities[block.activityId] : undefined;
  const current = programme.currentBlockId === block.id;
  const open = api.openBlockId === block.id;
  const sortable = useSortable({ id: block.id, data: { dayId: day.id } });
  const titleId = `block-${block.id}-title`;
  const toggleId = `block-${block.id}-edit`;
  const wasOpen = useRef(open);
  // After a move the planned times stay as they were: point out one that no longer fits.
  const above = programme.blocks[day.blockIds[day.blockIds.indexOf(block.id) - 1] ?? ''];
  const outOfOrder = !!(block.startTime && above?.startTime && above.startTime > block.startTime);

  // Closing the editor (saved, cancelled, done) puts focus back on its toggle.
  useEffect(() => {
    if (wasOpen.current && !open) document.getElementById(toggleId)?.focus();
    wasOpen.current = open;
  }, [open]);

  // Starting this block takes its "start" button away: keep focus here, on its title.
  const wasCurrent = useRef(current);
  useEffect(() => {
    const active = document.activeElement;
    if (current && !wasCurrent.current && (!active || active === document.body))
      document.getElementById(titleId)?.focus();
    wasCurrent.current = current;
  }, [current]);

  return (
    <li
      ref={sortable.setNodeRef}
      style={{
        transform: CSS.Translate.toString(sortable.transform) ?? undefined,
        transition: sortable.transition ?? undefined,
      }}
      class={[
        'wp-prog-block',
        current && 'wp-prog-block--current',
        block.endedAt !== null && !current && 'wp-prog-block--done',
        sortable.isDragging && 'wp-prog-block--dragging',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-current={current ? 'step' : undefined}
    >
      <div class="wp-prog-block__row">
        <span
          ref={sortable.setActivatorNodeRef}
          {...sortable.listeners}
          class="wp-prog-handle"
          title={t('console.programme.block.dragHandle')}
          aria-hidden="true"
        />
        <p class="wp-prog-block__time">
          <span class="wp-prog-block__clock">
            {block.startTime ?? t('console.programme.block.noTime')}
          </span>
          <span>{t('console.programme.block.minutes', { count: block.durationMin })}</span>
        </p>
        <div class="wp-stack wp-prog-block__main">
          <h4 id={titleId} class="wp-prog-block__title" tabIndex={-1}>
            {block.title}
          </h4>
          <BlockSummary
            block={block}
            day={day}
            activity={activity}
            current={current}
            timeZone={programme.timeZone}
            showDocuments={!open}
          />
          {outOfOrder && <p class="wp-prog-warning">{t('console.programme.block.outOfOrder')}</p>}
        </div>
        <div class="wp-prog-block__actions">
          {!current && (
            <StartBlockButton
              startedBefore={block.startedAt !== null}
              describedBy={titleId}
              start={() => api.startBlock(block.id)}
            />
          )}
          {activity && api.shownActivityId !== activity.id && (
            <Button
              variant="secondary"
              aria-describedby={titleId}
              onClick={() => api.showControls(activity.id)}
            >
              {t('console.programme.block.showControls')}
            </Button>
          )}
          <Button
            id={toggleId}
            variant="quiet"
            aria-expanded={open}
            aria-controls={open ? `block-${block.id}-panel` : undefined}
            aria-describedby={titleId}
            onClick={() => api.setOpenBlock(open ? null : block.id)}
          >
            {t('console.programme.block.edit')}
          </Button>
        </div>
      </div>
      {open && <BlockEditor block={block} day={day} activity={activity} />}
    </li>
  );
}
