import './consultation.css';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { useAnnouncement } from '../../../ui/useOnChange.ts';
import { visitorsOf } from '../schema.ts';
import { HostQuestions } from './parts/HostQuestions.tsx';
import { OwnQuestions } from './parts/OwnQuestions.tsx';
import { placeOf } from './parts/places.ts';
import { SharedVisits } from './parts/SharedVisits.tsx';
import { VisitNotice } from './parts/VisitNotice.tsx';
import type { ConsultationViewProps } from './types.ts';

/**
 * The phone: where we go and who comes to us, our questions (with the advice we get), and,
 * while a partnership visits us, its questions to give advice on. What the room shared
 * comes last. Someone without a partnership sees only what is shared.
 */
export default function ConsultationParticipant(props: ConsultationViewProps) {
  // The host may draw this view once more with the next activity's state when the running
  // activity changes kind; draw nothing rather than misread another kind's state.
  if (props.activity.kind !== 'consultation') return null;
  const { t, me, activity } = props;
  const { state } = activity;
  const partnershipId = me?.partnershipId ?? null;
  // Advice arriving on our questions is news for the visitors, who are elsewhere in the room.
  const received = Object.values(state.advice).filter((a) => {
    const q = Object.hasOwn(state.questions, a.questionId) ? state.questions[a.questionId] : null;
    return q?.partnershipId === partnershipId && a.hostId !== partnershipId;
  }).length;
  const announcement = useAnnouncement(String(received), () => t('participant.newAdvice'));
  if (!me) return null;
  const visitors = partnershipId ? visitorsOf(state.visits, partnershipId) : [];
  return (
    <article class="wp-stack wp-consult" aria-labelledby="activity-title">
      <header class="wp-stack">
        <h1 id="activity-title">{activity.title}</h1>
        <p class="wp-row">
          {partnershipId && <span class="wp-badge">{placeOf(props, partnershipId)}</span>}
          <span class="wp-badge">{t(`phase.${state.phase}`)}</span>
        </p>
      </header>
      {partnershipId ? (
        <>
          <VisitNotice {...props} partnershipId={partnershipId} />
          {visitors.map((visitorId) => (
            <HostQuestions
              key={visitorId}
              {...props}
              partnershipId={partnershipId}
              visitorId={visitorId}
            />
          ))}
          <OwnQuestions {...props} partnershipId={partnershipId} />
        </>
      ) : (
        <Notice>
          <p>{t('participant.noPartnership')}</p>
        </Notice>
      )}
      <SharedVisits {...props} except={partnershipId ? [partnershipId, ...visitors] : []} />
      <LiveRegion message={announcement} />
    </article>
  );
}
