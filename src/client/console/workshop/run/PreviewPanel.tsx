import type { Ref } from 'preact';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import { ActivityHost } from '../../../shared/ActivityHost.tsx';
import type { WorkshopConnection } from '../../../shared/connection.ts';
import { titleOfActivity } from './running.ts';

/**
 * An item opened to prepare it, in its own panel below the running one: opening it never
 * takes the running activity's controls off the screen, and it says plainly that it is not
 * what the room sees.
 */
export function PreviewPanel(props: {
  workshop: WorkshopState;
  connection: WorkshopConnection;
  activityId: string;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}) {
  const t = useT();
  const title = titleOfActivity(props.workshop, props.activityId);
  return (
    <section
      id="activity-preview"
      class="wp-card wp-stack wp-run-preview"
      aria-labelledby="preview-title"
    >
      <div class="wp-spread">
        <h2 id="preview-title" ref={props.headingRef} tabIndex={-1}>
          {t('console.run.previewTitle', { title })}
        </h2>
        <Button variant="secondary" onClick={props.onClose}>
          {t('console.run.previewClose')}
        </Button>
      </div>
      <Notice>{t('console.run.previewHint')}</Notice>
      <ActivityHost connection={props.connection} activityId={props.activityId} surface="Console" />
    </section>
  );
}
