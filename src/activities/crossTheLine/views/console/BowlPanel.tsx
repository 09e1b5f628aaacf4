import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { Button } from '../../../../ui/Button.tsx';
import { revealedCards, type CrossTheLineViewProps } from '../types.ts';

/** The skittles: bowl them over one by one, or all at once (asked first). */
export function BowlPanel(props: CrossTheLineViewProps) {
  const { t, activity } = props;
  const skittles = revealedCards(activity.state).filter((c) => c.outcome === 'debunked');
  const standing = skittles.filter((c) => !c.knockedDown);
  return (
    <section class="wp-card wp-stack" aria-labelledby="xl-bowl">
      <h2 id="xl-bowl">{t('console.bowlTitle')}</h2>
      {standing.length === 0 ? (
        <p class="wp-xl-empty">{t('console.nothingToKnock')}</p>
      ) : (
        <div class="wp-row">
          <AskFirstButton
            variant="secondary"
            question={t('console.knockDownAllAsk')}
            confirmLabel={t('console.knockDownAll')}
            cancelLabel={t('console.cancel')}
            onConfirm={() => props.send({ type: 'knockDownAll' })}
          >
            {t('console.knockDownAll')}
          </AskFirstButton>
        </div>
      )}
      <ul class="wp-xl-console-list">
        {skittles.map((card) => (
          <li key={card.id} class={`wp-note wp-note--${card.about}`}>
            <p id={`xl-k-${card.id}`} class="wp-note__text" dir="auto">
              {card.text}
            </p>
            {card.knockedDown ? (
              <p class="wp-note__meta">{t('console.knockedDown')}</p>
            ) : (
              <div class="wp-row">
                <Button
                  aria-describedby={`xl-k-${card.id}`}
                  onClick={() => void props.send({ type: 'knockDown', prejudiceId: card.id })}
                >
                  {t('console.knockDown')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
