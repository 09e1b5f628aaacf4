import './plans.css';
import { useState } from 'preact/hooks';
import { own } from '../../../domain/ids.ts';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { useAnnouncement } from '../../../ui/useOnChange.ts';
import { emptyPlan } from '../schema.ts';
import { PhaseBar } from './console/PhaseBar.tsx';
import { PlanOverview } from './console/PlanOverview.tsx';
import { usePlansShortcuts } from './console/useShortcuts.ts';
import { byMunicipality } from './parts/OtherPlans.tsx';
import { PlanLists } from './parts/PlanLists.tsx';
import type { PlansViewProps } from './types.ts';

/**
 * The facilitator's controls for "Toekomstplannen": every plan live with its counts, sharing
 * and the projector's spotlight per plan, closing; and the chosen plan in full, which the
 * facilitator may add to or improve like the partnership does.
 */
export default function PlansConsole(props: PlansViewProps) {
  // The host may draw this view once more with the next activity's state when the running
  // activity changes kind; draw nothing rather than misread another kind's state.
  if (props.activity.kind !== 'plans') return null;
  const { t, activity, workshop } = props;
  const { state } = activity;
  const [picked, setPicked] = useState<string | null>(null);
  const ids = byMunicipality(props, Object.keys(workshop.partnerships));
  const chosen = picked && ids.includes(picked) ? picked : (ids[0] ?? null);
  usePlansShortcuts(props, ids, chosen);
  const phaseMessage = useAnnouncement(state.phase, () =>
    t('console.phaseChanged', { phase: t(`phase.${state.phase}`) }),
  );
  const unshared = ids.filter((id) => !state.sharedPlans.includes(id)).length;
  const place = chosen ? (own(workshop.partnerships, chosen)?.municipality ?? '') : '';
  return (
    <div class="wp-stack wp-plans-console">
      <PhaseBar view={props} unshared={unshared} />
      {ids.length === 0 && <Notice>{t('console.noPartnerships')}</Notice>}
      {ids.length > 0 && (
        <PlanOverview view={props} ids={ids} chosen={chosen} onChoose={setPicked} />
      )}
      {chosen && (
        <section class="wp-stack" aria-labelledby="plans-chosen">
          <h2 id="plans-chosen">{t('participant.planOf', { place })}</h2>
          <p class="wp-field__hint">{t('console.editHint')}</p>
          <PlanLists
            key={chosen}
            view={props}
            plan={own(state.plans, chosen) ?? emptyPlan}
            partnershipId={chosen}
            editable
            asFacilitator
            headingLevel={3}
          />
        </section>
      )}
      <LiveRegion message={phaseMessage} />
    </div>
  );
}
