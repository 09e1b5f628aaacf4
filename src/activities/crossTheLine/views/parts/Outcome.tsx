import type { Translate } from '../../../../i18n/index.ts';
import type { PrejudiceCard } from '../../viewShapes.ts';

/** "Ontkracht" / "Blijft op tafel" as a badge, or nothing while undecided. */
export function OutcomeBadge(props: { card: PrejudiceCard; t: Translate }) {
  const { outcome } = props.card;
  if (!outcome) return null;
  return (
    <span class={`wp-badge wp-xl-outcome wp-xl-outcome--${outcome}`}>
      {props.t(`outcome.${outcome}`)}
    </span>
  );
}
