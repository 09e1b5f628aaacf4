import type { PrejudiceCard } from '../../viewShapes.ts';
import type { CrossTheLineViewProps } from '../types.ts';
import { CountView } from './CountView.tsx';
import { OutcomeBadge } from './Outcome.tsx';

/** The prejudices discussed before, with their count and outcome (never who crossed). */
export function Earlier(props: { view: CrossTheLineViewProps; cards: readonly PrejudiceCard[] }) {
  const { t } = props.view;
  if (props.cards.length === 0) return null;
  return (
    <section class="wp-stack" aria-labelledby="xl-earlier">
      <h2 id="xl-earlier">{t('participant.earlier')}</h2>
      <ul class="wp-xl-earlier">
        {props.cards.map((card) => (
          <li key={card.id} class={`wp-note wp-note--${card.about}`}>
            <p class="wp-note__text" dir="auto">
              {card.text}
            </p>
            <p class="wp-note__meta wp-row">
              <span>{t(`aboutShort.${card.about}`)}</span>
              <OutcomeBadge card={card} t={t} />
              {card.knockedDown && <span class="wp-badge">{t('console.knockedDown')}</span>}
            </p>
            <CountView card={card} t={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}
