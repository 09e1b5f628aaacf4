import './surprise.css';
import { FitPages } from '../../../ui/fit/FitPages.tsx';
import { wallTexts } from '../schema.ts';
import { WallCard } from './parts/WallCard.tsx';
import type { SurpriseViewProps } from './types.ts';

/**
 * The big screen: the question, and the wall that fills as texts are shared. The wall goes
 * through the fit pager, oldest first, so 200 texts fit on pages and a new text brings up the
 * page that holds it. A spotlighted text is shown large above the wall.
 */
export default function SurpriseProjector(props: SurpriseViewProps) {
  const { t, activity, workshop } = props;
  const texts = wallTexts(activity.state);
  const spotlight = texts.find((item) => item.id === activity.state.spotlightId);
  return (
    <section class="wp-stack wp-surprise-projector" aria-labelledby="surprise-prompt">
      <div class="wp-spread">
        <h2 id="surprise-prompt">{activity.config.prompt}</h2>
        <p class="wp-surprise-count" aria-live="polite">
          {t('projector.count', { count: texts.length })}
        </p>
      </div>
      {spotlight && (
        <figure class="wp-surprise-spotlight" aria-live="polite">
          <figcaption>{t('projector.spotlight')}</figcaption>
          <blockquote>{spotlight.text}</blockquote>
        </figure>
      )}
      <FitPages
        sections={[
          {
            key: 'wall',
            columns: [
              {
                key: 'texts',
                listClass: 'wp-surprise-grid',
                items: texts.map((item) => (
                  <WallCard key={item.id} item={item} t={t} workshop={workshop} />
                )),
                empty: <p class="wp-surprise-empty">{t('projector.empty')}</p>,
              },
            ],
          },
        ]}
      />
    </section>
  );
}
