import { Button } from '../../../../ui/Button.tsx';
import { CountView } from '../parts/CountView.tsx';
import { OutcomeBadge } from '../parts/Outcome.tsx';
import { revealedCards, type CrossTheLineViewProps } from '../types.ts';
import { OutcomeButtons } from './OutcomeButtons.tsx';

/** The prejudices shown already: their count and outcome, and the way back onto the screen. */
export function PlayedPanel(props: CrossTheLineViewProps) {
  const { t, activity } = props;
  const played = revealedCards(activity.state).filter((c) => c.id !== activity.state.currentId);
  if (played.length === 0) return null;
  return (
    <details class="wp-card wp-details">
      <summary>{t('console.playedTitle', { count: played.length })}</summary>
      <ul class="wp-xl-console-list">
        {played.map((card) => (
          <li key={card.id} class={`wp-note wp-note--${card.about}`}>
            <p id={`xl-p-${card.id}`} class="wp-note__text" dir="auto">
              {card.text}
            </p>
            <p class="wp-note__meta wp-row">
              <span class="wp-badge">{t(`aboutShort.${card.about}`)}</span>
              <OutcomeBadge card={card} t={t} />
              <span>{t('arguments.count', { count: Object.keys(card.arguments).length })}</span>
            </p>
            <CountView card={card} t={t} />
            <OutcomeButtons {...props} card={card} />
            {activity.state.phase === 'play' && (
              <div class="wp-row">
                <Button
                  variant="secondary"
                  aria-describedby={`xl-p-${card.id}`}
                  onClick={() => void props.send({ type: 'showPrejudice', prejudiceId: card.id })}
                >
                  {t('console.showAgain')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
