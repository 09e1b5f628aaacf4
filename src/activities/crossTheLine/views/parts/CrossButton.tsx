import type { PrejudiceCard } from '../../viewShapes.ts';
import type { CrossTheLineViewProps } from '../types.ts';

/**
 * The one big control while a prejudice is open: "Ik herken dit — ik ga over de streep", a
 * toggle (aria-pressed) that can be undone while the crossing is open. A tap shows at once
 * (the pending command), and stays if the connection drops: it is sent when it comes back.
 */
export function CrossButton(props: { view: CrossTheLineViewProps; card: PrejudiceCard }) {
  const { view, card } = props;
  const { t } = view;
  // The newest tap not yet confirmed wins over what the server last said.
  const pending = [...view.pending]
    .reverse()
    .find((p) => p.command.type === 'crossLine' && p.command.prejudiceId === card.id);
  const crossed =
    pending && pending.command.type === 'crossLine' ? pending.command.crossed : card.crossedByMe;
  return (
    <div class="wp-stack">
      <button
        type="button"
        class={`wp-xl-cross${crossed ? ' wp-xl-cross--on' : ''}`}
        aria-pressed={crossed ? 'true' : 'false'}
        aria-describedby="xl-cross-state xl-cross-privacy"
        onClick={() =>
          void view.send({ type: 'crossLine', prejudiceId: card.id, crossed: !crossed })
        }
      >
        <span class="wp-xl-cross__line" aria-hidden="true" />
        <span>{t('participant.cross')}</span>
      </button>
      <p id="xl-cross-state" class="wp-xl-cross__state" aria-live="polite">
        {crossed ? t('participant.crossed') : t('participant.notCrossed')}
        {pending && <span class="wp-xl-pending"> · {t('participant.pending')}</span>}
      </p>
      <p id="xl-cross-privacy" class="wp-field__hint">
        {t('participant.crossPrivacy')}
      </p>
    </div>
  );
}
