import type { Translate } from '../../../../i18n/index.ts';
import { countLines } from '../../countText.ts';
import type { PrejudiceCard } from '../../viewShapes.ts';

/**
 * How many crossed, as the view allows it: guarded ("minder dan 3"), with the share of those
 * present and, when the facilitator chose it, per side. While the crossing is open nothing but
 * a hint: a number that moves as people tap would say who just tapped.
 */
export function CountView(props: { card: PrejudiceCard; t: Translate; size?: 'big' | 'small' }) {
  const { card, t } = props;
  if (!card.count) {
    if (card.stage !== 'crossing') return null;
    return <p class="wp-xl-count__hint">{t('count.hidden')}</p>;
  }
  const lines = countLines(card.count, t);
  return (
    <div class={`wp-xl-count wp-xl-count--${props.size ?? 'small'}`}>
      <p class="wp-xl-count__main">{lines.main}</p>
      {lines.detail.length > 0 && (
        <ul class="wp-xl-count__detail">
          {lines.detail.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
