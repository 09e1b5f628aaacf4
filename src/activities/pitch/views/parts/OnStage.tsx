import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { nextInOrder } from '../../order.ts';
import type { PitchViewProps } from '../types.ts';
import { municipalityOf } from './names.ts';
import { PitchClock } from './PitchClock.tsx';
import { useCueAnnouncement } from './useCueAnnouncement.ts';
import { useTimer } from './useTimer.ts';

/** The phone during the pitches: whose turn it is, the timer with its cues, and who is next. */
export function OnStage({ props }: { props: PitchViewProps }) {
  const { t, activity, workshop, me } = props;
  const { current } = activity.state;
  const reading = useTimer(current, props.now);
  const name = municipalityOf(workshop, current?.partnershipId ?? null);
  const message = useCueAnnouncement(t, current, reading, name);
  const nextId = nextInOrder(activity.state, workshop.partnerships);
  const next = municipalityOf(workshop, nextId);
  const ours = !!current && current.partnershipId === me?.partnershipId;

  return (
    <section class="wp-card wp-stack wp-pitch-stage" aria-labelledby="pitch-stage-title">
      {current && reading ? (
        <>
          <h2 id="pitch-stage-title">{t('participant.nowPitching', { municipality: name })}</h2>
          {ours && <p class="wp-pitch-yours">{t('participant.yourTurn')}</p>}
          <PitchClock reading={reading} durationMs={current.durationMs} t={t} size="phone" />
          {next && <p>{t('projector.after', { municipality: next })}</p>}
        </>
      ) : (
        <>
          <h2 id="pitch-stage-title">{t('participant.waiting')}</h2>
          {next && <p>{t('participant.upNext', { municipality: next })}</p>}
        </>
      )}
      <LiveRegion message={message} />
    </section>
  );
}
