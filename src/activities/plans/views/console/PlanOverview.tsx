import { own } from '../../../../domain/ids.ts';
import { Button } from '../../../../ui/Button.tsx';
import { LISTS, emptyPlan } from '../../schema.ts';
import type { PlansViewProps } from '../types.ts';

/**
 * Every plan at a glance, live: how many goals, actions, supporters and questions each has,
 * whether it is shared or on screen, and the steps for it (view it here, share it, put it on
 * the projector or back to showing the plans in turn).
 */
export function PlanOverview(props: {
  view: PlansViewProps;
  ids: readonly string[];
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const { view, ids, chosen } = props;
  const { t, activity, workshop, send } = view;
  const { plans, sharedPlans, spotlightId } = activity.state;
  return (
    <section class="wp-stack" aria-labelledby="plans-overview">
      <h2 id="plans-overview">{t('console.plansTitle')}</h2>
      <ul class="wp-plans-overview">
        {ids.map((id) => {
          const place = own(workshop.partnerships, id)?.municipality ?? id;
          const plan = own(plans, id) ?? emptyPlan;
          const shared = sharedPlans.includes(id);
          const onScreen = spotlightId === id;
          const counts = LISTS.map((list) =>
            t(`count.${list}`, { count: Object.keys(plan[list]).length }),
          ).join(' · ');
          return (
            <li
              key={id}
              class={`wp-card wp-plans-overview__row${id === chosen ? ' wp-plans-overview__row--chosen' : ''}`}
            >
              <p class="wp-plans-overview__place">{place}</p>
              <p class="wp-plans-overview__counts">{counts}</p>
              <p class="wp-row">
                <span class="wp-badge">
                  {shared ? t('console.shared') : t('console.notShared')}
                </span>
                {onScreen && <span class="wp-badge">{t('console.onScreen')}</span>}
              </p>
              <div class="wp-plans-overview__buttons">
                <Button
                  variant="secondary"
                  aria-pressed={id === chosen ? 'true' : 'false'}
                  aria-label={`${t('console.choose')}: ${place}`}
                  onClick={() => props.onChoose(id)}
                >
                  {t('console.choose')}
                </Button>
                {!shared && (
                  <Button onClick={() => send({ type: 'sharePlan', partnershipId: id })}>
                    {t('console.share', { place })}
                  </Button>
                )}
                {shared && !onScreen && (
                  <Button
                    variant="secondary"
                    onClick={() => send({ type: 'spotlightPlan', partnershipId: id })}
                  >
                    {t('console.spotlight', { place })}
                  </Button>
                )}
                {onScreen && (
                  <Button
                    variant="secondary"
                    onClick={() => send({ type: 'spotlightPlan', partnershipId: null })}
                  >
                    {t('console.stopSpotlight')}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
