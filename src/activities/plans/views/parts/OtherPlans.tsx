import { own } from '../../../../domain/ids.ts';
import type { PlansViewProps } from '../types.ts';
import { PlanLists } from './PlanLists.tsx';

/** Partnership ids in the order people look for them: by municipality. */
export function byMunicipality(view: PlansViewProps, ids: readonly string[]): string[] {
  const place = (id: string) => own(view.workshop.partnerships, id)?.municipality ?? id;
  return [...ids].sort((a, b) => place(a).localeCompare(place(b), view.language));
}

/**
 * The plans the facilitator shared, other than this phone's own: to read along, each folded
 * under its municipality so the phone's own plan stays the obvious next step.
 */
export function OtherPlans(props: {
  view: PlansViewProps;
  ownId: string | null;
  headingLevel: 2 | 3;
}) {
  const { view, ownId } = props;
  const { t, activity, workshop } = view;
  const { plans, sharedPlans } = activity.state;
  const others = byMunicipality(
    view,
    sharedPlans.filter((id) => id !== ownId && Object.hasOwn(plans, id)),
  );
  if (others.length === 0) return null;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="wp-stack" aria-labelledby="plans-others">
      <Heading id="plans-others">{t('participant.otherPlans')}</Heading>
      {others.map((id) => (
        <details key={id} class="wp-card wp-details wp-plans-other">
          <summary>
            {t('participant.planOf', { place: own(workshop.partnerships, id)?.municipality ?? '' })}
          </summary>
          <div class="wp-stack">
            <PlanLists
              view={view}
              plan={plans[id]!}
              partnershipId={id}
              editable={false}
              headingLevel={props.headingLevel === 2 ? 3 : 4}
            />
          </div>
        </details>
      ))}
    </section>
  );
}
