import type { Ref } from 'preact';
import { nextBlock } from '../../../../domain/programme/schedule.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { useT } from '../../../../ui/i18n.tsx';
import { ActivityHost } from '../../../shared/ActivityHost.tsx';
import type { WorkshopConnection } from '../../../shared/connection.ts';
import { titleOfActivity } from './running.ts';
import { ScreenRemote } from './ScreenRemote.tsx';

/**
 * The controls of what runs in the room, always first on the live screen. Only this panel
 * sits inside the shortcut provider, so the keys act on the running activity and never on
 * one opened to prepare it.
 */
export function RunningPanel(props: {
  workshop: WorkshopState;
  connection: WorkshopConnection;
  activityId: string | null;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const t = useT();
  const { workshop, activityId } = props;
  const activity = activityId ? workshop.activities[activityId] : undefined;
  const currentBlock = workshop.programme.currentBlockId
    ? workshop.programme.blocks[workshop.programme.currentBlockId]
    : undefined;
  return (
    <section
      id="activity-controls"
      class="wp-card wp-stack wp-console-controls wp-run-controls"
      aria-labelledby="controls-title"
    >
      {activity ? (
        <>
          <h2 id="controls-title" ref={props.headingRef} tabIndex={-1}>
            {t('console.programme.controlsTitle', {
              title: titleOfActivity(workshop, activity.id),
            })}
          </h2>
          {/* The projector's pages, paged and pinned from here (the remote). */}
          <ScreenRemote connection={props.connection} code={workshop.code} />
          {/* Keyed by activity: a new one never draws with the last one's view, even once. */}
          <ActivityHost
            key={activity.id}
            connection={props.connection}
            activityId={activity.id}
            surface="Console"
          />
        </>
      ) : (
        <>
          <h2 id="controls-title" ref={props.headingRef} tabIndex={-1}>
            {t('console.run.controlsHeading')}
          </h2>
          <p>
            {currentBlock
              ? t('console.run.controlsPlain', { title: currentBlock.title })
              : Object.keys(workshop.programme.blocks).length === 0
                ? t('console.run.timeline.empty')
                : nextBlock(workshop.programme)
                  ? `${t('console.run.controlsNone')} ${t('console.run.controlsStartNext')}`
                  : t('console.run.controlsNone')}
          </p>
        </>
      )}
    </section>
  );
}
