import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { ActivityHost } from '../../shared/ActivityHost.tsx';
import type { WorkshopConnection } from '../../shared/connection.ts';
import type { RunCommand } from '../commands.ts';
import { ActivityItem } from './ActivityItem.tsx';
import { AddActivity } from './AddActivity.tsx';
import { Section } from './Section.tsx';

/**
 * The programme in order, with start and stop, and below it the controls of one activity:
 * the running one, unless the facilitator opened another to prepare it.
 */
export function ProgrammeSection(props: {
  workshop: WorkshopState;
  connection: WorkshopConnection;
  run: RunCommand;
}) {
  const t = useT();
  const { workshop, run } = props;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = chosenId && workshop.activities[chosenId] ? chosenId : null;
  const shownId = chosen ?? workshop.currentActivityId;
  const shown = shownId ? workshop.activities[shownId] : undefined;
  const controlsHeading = useRef<HTMLHeadingElement>(null);
  const opened = useRef(false);

  // Opening another activity's controls takes focus to them, so the keyboard follows the eye.
  useEffect(() => {
    if (opened.current) controlsHeading.current?.focus();
    opened.current = false;
  }, [shownId]);

  async function start(activityId: string) {
    setChosenId(null); // follow the running activity from now on
    await run({ type: 'startActivity', activityId });
  }

  return (
    <Section id="programme" title={t('console.sections.programme')}>
      <p>{t('console.programme.intro')}</p>
      {!workshop.currentActivityId && <Notice>{t('console.programme.noneRunning')}</Notice>}
      {workshop.activityOrder.length === 0 ? (
        <p>{t('console.programme.empty')}</p>
      ) : (
        <ol class="wp-console-list">
          {workshop.activityOrder.map((id) => {
            const activity = workshop.activities[id];
            if (!activity) return null;
            return (
              <ActivityItem
                key={id}
                activity={activity}
                current={workshop.currentActivityId === id}
                shown={shownId === id}
                onStart={() => start(id)}
                onStop={() => run({ type: 'stopActivity', activityId: id })}
                onShow={() => {
                  opened.current = true;
                  setChosenId(id);
                }}
              />
            );
          })}
        </ol>
      )}
      <AddActivity run={run} />
      {shown && (
        <section class="wp-card wp-stack wp-console-controls" aria-labelledby="controls-title">
          <h3 id="controls-title" ref={controlsHeading} tabIndex={-1}>
            {t('console.programme.controlsTitle', { title: shown.title })}
          </h3>
          {shown.status !== 'running' && <Notice>{t('console.programme.preparing')}</Notice>}
          <ActivityHost connection={props.connection} activityId={shown.id} surface="Console" />
        </section>
      )}
    </Section>
  );
}
