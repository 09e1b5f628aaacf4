import './pitch.css';
import { own } from '../../../domain/ids.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { municipalityOf, useRunningOrder } from './parts/names.ts';
import { OnStage } from './parts/OnStage.tsx';
import { OrderList } from './parts/OrderList.tsx';
import { PrepEditor } from './parts/PrepEditor.tsx';
import { PrepView } from './parts/PrepView.tsx';
import { PublicPreps } from './parts/PublicPreps.tsx';
import type { PitchViewProps } from './types.ts';

/**
 * The phone: prepare with your municipality (live, together), then follow the pitches with
 * the timer; your own preparation stays at hand, and the others' appear as they pitch.
 */
export default function PitchParticipant(props: PitchViewProps) {
  const { t, me, activity, workshop } = props;
  const { phase } = activity.state;
  const order = useRunningOrder(activity.state, workshop);
  if (!me) return null;
  const ownId =
    me.partnershipId && workshop.partnerships[me.partnershipId] ? me.partnershipId : null;
  const municipality = municipalityOf(workshop, ownId);
  const members = Object.values(workshop.participants)
    .filter((p) => ownId && p.partnershipId === ownId && p.id !== me.id && !p.removed)
    .map((p) => p.displayName);

  return (
    <article class="wp-stack wp-pitch" aria-labelledby="activity-title">
      <header class="wp-stack">
        <h1 id="activity-title">{activity.title}</h1>
        <p class="wp-row">
          {municipality && (
            <span class="wp-badge wp-badge--own">
              {t('participant.yourGroup', { municipality })}
            </span>
          )}
          <span class="wp-badge">{t(`phase.${phase}`)}</span>
        </p>
      </header>
      {!ownId && (
        <Notice title={t('participant.noGroupTitle')}>
          <p>{t('participant.noGroupText')}</p>
        </Notice>
      )}
      {phase === 'prepare' && (
        <>
          <p>{t('participant.intro', { count: activity.config.minutesPerPitch })}</p>
          {members.length > 0 && <p>{t('participant.members', { names: members.join(', ') })}</p>}
          {ownId && <PrepEditor key={ownId} props={props} partnershipId={ownId} />}
          <section class="wp-stack" aria-labelledby="pitch-order-title">
            <h2 id="pitch-order-title">{t('order.title')}</h2>
            {ownId && (
              <p>
                {t('participant.position', {
                  position: order.indexOf(ownId) + 1,
                  total: order.length,
                })}
              </p>
            )}
            <OrderList
              order={order}
              state={activity.state}
              workshop={workshop}
              t={t}
              ownId={ownId}
            />
          </section>
        </>
      )}
      {phase === 'pitching' && <OnStage props={props} />}
      {phase === 'done' && (
        <Notice tone="success" title={t('participant.doneTitle')}>
          <p>{t('participant.doneText')}</p>
        </Notice>
      )}
      {phase !== 'prepare' && ownId && (
        <section class="wp-card wp-stack" aria-labelledby="pitch-own-title">
          <h2 id="pitch-own-title">{t('participant.yourPrep')}</h2>
          {phase === 'pitching' && <p class="wp-field__hint">{t('participant.readOnly')}</p>}
          <PrepView prep={own(activity.state.preps, ownId)} t={t} />
        </section>
      )}
      {phase !== 'prepare' && (
        <PublicPreps
          view={props}
          order={order}
          exceptId={ownId}
          title={t('participant.otherPreps')}
        />
      )}
    </article>
  );
}
