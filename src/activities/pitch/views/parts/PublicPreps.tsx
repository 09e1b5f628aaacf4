import { own } from '../../../../domain/ids.ts';
import type { PitchViewProps } from '../types.ts';
import { municipalityOf } from './names.ts';
import { PrepView } from './PrepView.tsx';

/** The preparations shared so far (their pitch has been given), one fold-out each. */
export function PublicPreps(props: {
  view: PitchViewProps;
  order: readonly string[];
  exceptId: string | null;
  title: string;
}) {
  const { t, activity, workshop } = props.view;
  const shown = props.order.filter(
    (id) => id !== props.exceptId && own(activity.state.preps, id)?.public,
  );
  if (shown.length === 0) return null;
  return (
    <section class="wp-stack" aria-labelledby="pitch-public-title">
      <h2 id="pitch-public-title">{props.title}</h2>
      {shown.map((id) => (
        <details key={id} class="wp-card wp-details" open={shown.length === 1}>
          <summary>{municipalityOf(workshop, id)}</summary>
          <PrepView prep={own(activity.state.preps, id)} t={t} />
        </details>
      ))}
    </section>
  );
}
