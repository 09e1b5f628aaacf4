import './plans.css';
import './projector/projector.css';
import { FitPages } from '../../../ui/fit/FitPages.tsx';
import { planSections } from './projector/planSections.tsx';
import type { PlansViewProps } from './types.ts';

/**
 * The big screen: while the partnerships write, how far each plan has come (counts only);
 * each plan the facilitator shares on pages of its own, shown in turn (FitPages turns them, the
 * facilitator's remote pages and pins them); a spotlighted plan alone. Never scrolls.
 */
export default function PlansProjector(props: PlansViewProps) {
  // The host may draw this view once more with the next activity's state when the running
  // activity changes kind; draw nothing rather than misread another kind's state.
  if (props.activity.kind !== 'plans') return null;
  const { t, activity } = props;
  const sections = planSections(props);
  return (
    <section class="wp-stack wp-plans-projector" aria-label={t(`phase.${activity.state.phase}`)}>
      {sections.length === 0 ? (
        <p class="wp-plans-board__empty">{t('projector.nothingYet')}</p>
      ) : (
        <FitPages sections={sections} />
      )}
    </section>
  );
}
