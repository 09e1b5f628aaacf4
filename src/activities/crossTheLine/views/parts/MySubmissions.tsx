import type { CrossTheLineViewProps } from '../types.ts';
import type { RememberedSubmission } from './mySubmissions.ts';

/**
 * "Wat jij instuurde": with authors kept (anonymous to peers) from the overlay, with status;
 * otherwise what this phone remembers itself (see mySubmissions.ts), marked "sent".
 */
export function MySubmissions(props: {
  view: CrossTheLineViewProps;
  remembered: readonly RememberedSubmission[];
}) {
  const { t, activity } = props.view;
  const fromServer = activity.state.mine ?? [];
  const pending = props.view.pending.flatMap((p) =>
    p.command.type === 'submitPrejudice' ? [p.command] : [],
  );
  const items = [
    ...(fromServer.length > 0
      ? fromServer.map((s) => ({
          key: s.id,
          text: s.text,
          status: t(`participant.status.${s.status}`),
        }))
      : props.remembered.map((s, i) => ({
          key: `r${i}`,
          text: s.text,
          status: t('participant.status.sent'),
        }))),
    ...pending.map((c, i) => ({ key: `p${i}`, text: c.text, status: t('participant.pending') })),
  ];
  if (items.length === 0) return null;
  return (
    <section class="wp-stack" aria-labelledby="xl-mine">
      <h2 id="xl-mine">{t('participant.mineTitle')}</h2>
      <p class="wp-field__hint">{t('participant.mineHint')}</p>
      <ul class="wp-xl-mine">
        {items.map((item) => (
          <li key={item.key} class="wp-note">
            <p class="wp-note__text" dir="auto">
              {item.text}
            </p>
            <p class="wp-note__meta">{item.status}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
