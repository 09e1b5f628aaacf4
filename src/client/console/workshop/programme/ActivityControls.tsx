import type { Ref } from 'preact';
import { blockOfActivity } from '../../../../domain/programme/state.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { useT } from '../../../../ui/i18n.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import { ActivityHost } from '../../../shared/ActivityHost.tsx';
import type { WorkshopConnection } from '../../../shared/connection.ts';

/** One live activity's own console view: the running one, or one opened to prepare it. */
export function ActivityControls(props: {
  workshop: WorkshopState;
  connection: WorkshopConnection;
  activityId: string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const t = useT();
  const activity = props.workshop.activities[props.activityId];
  if (!activity) return null;
  // The block's title is the one the facilitator edits and sees in the timeline.
  const title = blockOfActivity(props.workshop.programme, activity.id)?.title ?? activity.title;
  return (
    <section
      id="activity-controls"
      class="wp-card wp-stack wp-console-controls"
      aria-labelledby="controls-title"
    >
      <h3 id="controls-title" ref={props.headingRef} tabIndex={-1}>
        {t('console.programme.controlsTitle', { title })}
      </h3>
      {activity.status !== 'running' && <Notice>{t('console.programme.preparing')}</Notice>}
      <ActivityHost connection={props.connection} activityId={activity.id} surface="Console" />
    </section>
  );
}
