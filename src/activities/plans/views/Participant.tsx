import './plans.css';
import { useState } from 'preact/hooks';
import { own } from '../../../domain/ids.ts';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import type { ListName } from '../schema.ts';
import { OtherPlans } from './parts/OtherPlans.tsx';
import { ListJumps, PlanLists } from './parts/PlanLists.tsx';
import type { PlansViewProps } from './types.ts';

/**
 * The phone: the partnership's own plan, edited together and live (goals, actions, support in
 * the constituency, open questions), and the plans the facilitator shared, to read along.
 * Someone without a partnership is told so and reads the shared plans: never a dead end.
 */
export default function PlansParticipant(props: PlansViewProps) {
  // The host may draw this view once more with the next activity's state when the running
  // activity changes kind; draw nothing rather than misread another kind's state.
  if (props.activity.kind !== 'plans') return null;
  const { t, tApp, me, activity, workshop } = props;
  const { state, config } = activity;
  const [announcement, setAnnouncement] = useState('');
  if (!me) return null;
  const ownId =
    me.partnershipId && Object.hasOwn(state.plans, me.partnershipId) ? me.partnershipId : null;
  const place = ownId ? (own(workshop.partnerships, ownId)?.municipality ?? '') : null;
  const writing = state.phase === 'write';
  const shared = !!ownId && state.sharedPlans.includes(ownId);
  const othersShared = state.sharedPlans.some((id) => id !== ownId);
  const onAdded = (list: ListName) => setAnnouncement(t(`added.${list}`));
  return (
    <article class="wp-stack wp-plans" aria-labelledby="activity-title">
      <header class="wp-stack">
        <h1 id="activity-title">{activity.title}</h1>
        <p class="wp-row">
          <span class={`wp-badge wp-badge--${me.side}`}>{tApp(`common.sides.${me.side}`)}</span>
          {place && <span class="wp-badge">{place}</span>}
          <span class="wp-badge">{t(`phase.${state.phase}`)}</span>
        </p>
      </header>
      {writing ? (
        <p>{config.intro}</p>
      ) : (
        <Notice tone="success" title={t('participant.closedTitle')}>
          <p>{t('participant.closedHint')}</p>
        </Notice>
      )}
      {!ownId && <Notice>{t('participant.noPartnership')}</Notice>}
      {ownId && (
        <section class="wp-stack" aria-labelledby="plans-own">
          <h2 id="plans-own">{t('participant.yourPlan', { place: place ?? '' })}</h2>
          <p class="wp-field__hint">
            {shared ? t('participant.sharedHint') : t('participant.privateHint')}{' '}
            {writing && t('participant.togetherHint')}
          </p>
          <ListJumps view={props} partnershipId={ownId} />
          <PlanLists
            view={props}
            plan={state.plans[ownId]!}
            partnershipId={ownId}
            editable={writing}
            headingLevel={3}
            onAdded={onAdded}
          />
        </section>
      )}
      {!ownId && !othersShared && <p>{t('participant.nothingShared')}</p>}
      <OtherPlans view={props} ownId={ownId} headingLevel={2} />
      <LiveRegion message={announcement} />
    </article>
  );
}
