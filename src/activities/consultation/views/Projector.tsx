import './consultation.css';
import { FitPages } from '../../../ui/fit/FitPages.tsx';
import { projectorSections } from './projector/sections.tsx';
import type { ConsultationViewProps } from './types.ts';

/**
 * The big screen: while preparing, what the room is doing; then who visits whom, and each
 * visit's questions with their advice once the facilitator shares it. Never scrolls.
 */
export default function ConsultationProjector(props: ConsultationViewProps) {
  // The host may draw this view once more with the next activity's state when the running
  // activity changes kind; draw nothing rather than misread another kind's state.
  if (props.activity.kind !== 'consultation') return null;
  const { t, activity } = props;
  const { state } = activity;
  if (state.phase === 'prepare' || Object.keys(state.visits).length === 0)
    return (
      <section class="wp-stack wp-consult-projector" aria-label={t(`phase.${state.phase}`)}>
        <p class="wp-consult-projector__waiting">{t('projector.waiting')}</p>
      </section>
    );
  return (
    <section class="wp-stack wp-consult-projector" aria-label={t(`phase.${state.phase}`)}>
      <FitPages sections={projectorSections(props)} />
    </section>
  );
}
