import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { Button } from '../../../../ui/Button.tsx';
import { ArgumentForm } from '../parts/ArgumentForm.tsx';
import { ArgumentItem } from '../parts/ArgumentItem.tsx';
import { CountView } from '../parts/CountView.tsx';
import { argumentList, currentCard, type CrossTheLineViewProps } from '../types.ts';
import { CountDisplay } from './CountDisplay.tsx';
import { OutcomeButtons } from './OutcomeButtons.tsx';

/**
 * The prejudice on the screen: close the crossing to show the count (no live count, not even
 * here: the facilitator never learns who crossed), its display, the arguments and the outcome.
 */
export function CurrentPanel(props: CrossTheLineViewProps) {
  const { t } = props;
  const card = currentCard(props.activity.state);
  if (!card)
    return (
      <section class="wp-card wp-stack" aria-labelledby="xl-current-title">
        <h2 id="xl-current-title">{t('console.currentTitle')}</h2>
        <p class="wp-xl-empty">{t('console.noCurrent')}</p>
      </section>
    );
  return (
    <section class="wp-card wp-stack" aria-labelledby="xl-current-title">
      <h2 id="xl-current-title">{t('console.currentTitle')}</h2>
      <figure class={`wp-xl-prejudice wp-xl-prejudice--${card.about}`}>
        <figcaption>
          {t(`about.${card.about}`)} · {t(`console.stage.${card.stage}`)}
        </figcaption>
        <blockquote dir="auto">{card.text}</blockquote>
      </figure>
      {card.stage === 'crossing' ? (
        <>
          <p class="wp-field__hint">{t('console.noLiveCount')}</p>
          <div class="wp-row">
            <Button
              onClick={() => void props.send({ type: 'closeCrossing', prejudiceId: card.id })}
            >
              {t('console.closeCrossing')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <CountView card={card} t={t} />
          <div class="wp-row">
            <Button
              variant="secondary"
              onClick={() => void props.send({ type: 'reopenCrossing', prejudiceId: card.id })}
            >
              {t('console.reopenCrossing')}
            </Button>
          </div>
        </>
      )}
      <CountDisplay {...props} card={card} />
      <h3>{t('arguments.title')}</h3>
      {argumentList(card).length === 0 ? (
        <p class="wp-xl-empty">{t('arguments.none')}</p>
      ) : (
        <ul class="wp-xl-arguments">
          {argumentList(card).map((a) => (
            <ArgumentItem
              key={a.id}
              argument={a}
              t={t}
              workshop={props.workshop}
              actions={
                <AskFirstButton
                  variant="quiet"
                  describedBy={`argument-${a.id}`}
                  question={t('console.hideArgumentAsk')}
                  confirmLabel={t('console.hideArgument')}
                  cancelLabel={t('console.cancel')}
                  onConfirm={() => props.send({ type: 'hideArgument', argumentId: a.id })}
                >
                  {t('console.hideArgument')}
                </AskFirstButton>
              }
            />
          ))}
        </ul>
      )}
      <ArgumentForm view={props} prejudiceId={card.id} label={t('console.addArgumentLabel')} />
      <h3>{t('console.outcomeLabel')}</h3>
      <OutcomeButtons {...props} card={card} />
    </section>
  );
}
