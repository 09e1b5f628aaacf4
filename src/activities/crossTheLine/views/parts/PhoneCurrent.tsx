import type { PrejudiceCard } from '../../viewShapes.ts';
import { argumentList, type CrossTheLineViewProps } from '../types.ts';
import { ArgumentForm } from './ArgumentForm.tsx';
import { ArgumentItem } from './ArgumentItem.tsx';
import { CountView } from './CountView.tsx';
import { CrossButton } from './CrossButton.tsx';
import { OutcomeBadge } from './Outcome.tsx';

/**
 * The prejudice on the screen, on the phone: while open, the big "I recognise this" toggle;
 * once the count is shown, the count, the arguments and the form to debunk it.
 */
export function PhoneCurrent(props: { view: CrossTheLineViewProps; card: PrejudiceCard }) {
  const { view, card } = props;
  const { t } = view;
  const args = argumentList(card);
  return (
    <section class="wp-stack" aria-labelledby="xl-current">
      <figure class={`wp-xl-prejudice wp-xl-prejudice--${card.about}`}>
        <figcaption>{t(`about.${card.about}`)}</figcaption>
        <blockquote id="xl-current" dir="auto">
          {card.text}
        </blockquote>
        <OutcomeBadge card={card} t={t} />
      </figure>
      {card.stage === 'crossing' && <CrossButton view={view} card={card} />}
      {card.stage === 'result' && (
        <>
          <CountView card={card} t={t} />
          {card.crossedByMe && <p class="wp-field__hint">{t('participant.crossedClosed')}</p>}
          <section class="wp-stack" aria-labelledby="xl-arguments">
            <h2 id="xl-arguments">{t('arguments.title')}</h2>
            {args.length === 0 ? (
              <p class="wp-field__hint">{t('arguments.none')}</p>
            ) : (
              <ul class="wp-xl-arguments" aria-live="polite">
                {args.map((a) => (
                  <ArgumentItem key={a.id} argument={a} t={t} workshop={view.workshop} />
                ))}
              </ul>
            )}
          </section>
          {view.activity.state.phase === 'play' && (
            <ArgumentForm
              view={view}
              prejudiceId={card.id}
              title={t('participant.debunkTitle')}
              label={t('participant.debunkLabel')}
            />
          )}
        </>
      )}
    </section>
  );
}
