import { useState } from 'preact/hooks';
import type { ActivityInstance } from '../../../domain/workshop/state.ts';
import { Button } from '../../../ui/Button.tsx';
import { useT } from '../../../ui/i18n.tsx';

/** One activity in the programme: its state in words, and what can be done with it now. */
export function ActivityItem(props: {
  activity: ActivityInstance;
  current: boolean;
  shown: boolean;
  onStart: () => Promise<unknown>;
  onStop: () => Promise<unknown>;
  onShow: () => void;
}) {
  const t = useT();
  const { activity } = props;
  const kindT = useT(activity.kind);
  const [busy, setBusy] = useState(false);
  const titleId = `activity-${activity.id}`;
  const running = activity.status === 'running';

  async function act(action: () => Promise<unknown>) {
    setBusy(true);
    await action();
    setBusy(false);
  }

  return (
    <li
      class={`wp-card wp-console-activity${props.current ? ' wp-console-activity--current' : ''}`}
    >
      <div class="wp-stack">
        <p id={titleId} class="wp-console-activity__title">
          {activity.title}
        </p>
        <p class="wp-row">
          <span class={`wp-badge wp-console-status--${activity.status}`}>
            {t(`console.programme.status.${activity.status}`)}
          </span>
          {props.current && <span class="wp-badge">{t('console.programme.onScreen')}</span>}
          <span class="wp-field__hint">
            {t('console.programme.kind', { kind: kindT('title') })}
          </span>
        </p>
      </div>
      <div class="wp-row">
        {running ? (
          <Button
            variant="danger"
            busy={busy}
            aria-describedby={titleId}
            onClick={() => void act(props.onStop)}
          >
            {t('console.programme.stop')}
          </Button>
        ) : (
          <Button busy={busy} aria-describedby={titleId} onClick={() => void act(props.onStart)}>
            {activity.status === 'ended'
              ? t('console.programme.restart')
              : t('console.programme.start')}
          </Button>
        )}
        {!props.shown && (
          <Button variant="secondary" aria-describedby={titleId} onClick={props.onShow}>
            {t('console.programme.showControls')}
          </Button>
        )}
      </div>
    </li>
  );
}
