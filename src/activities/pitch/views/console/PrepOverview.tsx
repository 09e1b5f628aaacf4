import { own } from '../../../../domain/ids.ts';
import { municipalityOf } from '../parts/names.ts';
import { PrepView } from '../parts/PrepView.tsx';
import type { PitchViewProps } from '../types.ts';

/** Every municipality's preparation, live and read-only, marked private or shared. */
export function PrepOverview(props: PitchViewProps & { order: readonly string[] }) {
  const { t, activity, workshop } = props;
  return (
    <section class="wp-stack" aria-labelledby="pitch-preps-title">
      <h4 id="pitch-preps-title">{t('console.prepsTitle')}</h4>
      <ul class="wp-console-list wp-console-list--grid">
        {props.order.map((id) => {
          const prep = own(activity.state.preps, id);
          return (
            <li key={id} class="wp-card wp-stack">
              <div class="wp-spread">
                <h5 class="wp-pitch-card-title">{municipalityOf(workshop, id)}</h5>
                <span class="wp-badge">
                  {prep?.public ? t('console.shared') : t('console.private')}
                </span>
              </div>
              <PrepView prep={prep} t={t} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
