import { own } from '../../../../domain/ids.ts';
import type { PitchViewProps } from '../types.ts';
import { municipalityOf } from './names.ts';
import { PrepView } from './PrepView.tsx';

/** After the pitches: every municipality's state of the collaboration and goals side by side. */
export function Summary(props: { view: PitchViewProps; order: readonly string[] }) {
  const { t, activity, workshop } = props.view;
  return (
    <section class="wp-stack" aria-labelledby="pitch-summary-title">
      <h2 id="pitch-summary-title">{t('projector.summaryTitle')}</h2>
      <ul class="wp-pitch-summary">
        {props.order.map((id) => (
          <li key={id} class="wp-card wp-pitch-summary__item">
            <h3>{municipalityOf(workshop, id)}</h3>
            <PrepView prep={own(activity.state.preps, id)} t={t} withNotes={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
