import { FitPages } from '../../../../ui/fit/FitPages.tsx';
import type { PrejudiceCard } from '../../viewShapes.ts';
import { ArgumentItem } from '../parts/ArgumentItem.tsx';
import { CountView } from '../parts/CountView.tsx';
import { OutcomeBadge } from '../parts/Outcome.tsx';
import { argumentList, type CrossTheLineViewProps } from '../types.ts';

/**
 * One prejudice, large. While the crossing is open: only the invitation to cross (no count
 * moves while people tap). Then the count (guarded) and the arguments, paged to fit.
 */
export function ProjectorCurrent(props: CrossTheLineViewProps & { card: PrejudiceCard }) {
  const { t, card } = props;
  const long = card.text.length > 140;
  return (
    <section
      class={`wp-xl-projector${card.stage === 'result' ? ' wp-xl-projector--result' : ''}`}
      aria-labelledby="xl-projector-text"
    >
      <figure
        class={`wp-xl-prejudice wp-xl-prejudice--${card.about}${long ? ' wp-xl-prejudice--long' : ''}`}
        aria-live="polite"
      >
        <figcaption>
          {t(`about.${card.about}`)} <OutcomeBadge card={card} t={t} />
        </figcaption>
        <blockquote id="xl-projector-text" dir="auto">
          {card.text}
        </blockquote>
      </figure>
      <div class="wp-xl-streep" aria-hidden="true" />
      {card.stage === 'crossing' ? (
        <p class="wp-xl-invite">{t('projector.crossHint')}</p>
      ) : (
        <>
          <div aria-live="polite">
            <CountView card={card} t={t} size="big" />
          </div>
          <FitPages
            sections={[
              {
                key: card.id,
                columns: [
                  {
                    key: 'arguments',
                    labelledBy: 'xl-arguments-title',
                    head: <h2 id="xl-arguments-title">{t('arguments.title')}</h2>,
                    listClass: 'wp-xl-arguments wp-xl-arguments--projector',
                    items: argumentList(card).map((a) => (
                      <ArgumentItem key={a.id} argument={a} t={t} workshop={props.workshop} />
                    )),
                    empty: <p class="wp-xl-empty">{t('arguments.none')}</p>,
                  },
                ],
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
