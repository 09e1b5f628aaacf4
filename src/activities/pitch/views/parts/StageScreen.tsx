import { own } from '../../../../domain/ids.ts';
import { useTexts } from '../../../../ui/coedit/useTexts.ts';
import { headline } from '../../prep.ts';
import { PREP, type CurrentPitch } from '../../schema.ts';
import type { PitchViewProps } from '../types.ts';
import { municipalityOf } from './names.ts';
import { PitchClock } from './PitchClock.tsx';
import { useTimer } from './useTimer.ts';

/** The big screen during a pitch: who speaks, their headline, and the timer everyone can read. */
export function StageScreen(props: { view: PitchViewProps; current: CurrentPitch; next: string }) {
  const { t, activity, workshop } = props.view;
  const { current } = props;
  const reading = useTimer(current, props.view.now);
  const texts = useTexts(PREP, own(activity.state.preps, current.partnershipId));
  const line = headline(texts);
  return (
    <section class="wp-pitch-stage-screen" aria-labelledby="pitch-on-stage">
      <div class="wp-stack wp-pitch-stage-screen__who">
        <p class="wp-pitch-stage-screen__label">{t('order.status.now')}</p>
        <h2 id="pitch-on-stage" class="wp-pitch-stage-screen__name">
          {municipalityOf(workshop, current.partnershipId)}
        </h2>
        {line && <blockquote class="wp-pitch-headline">{line}</blockquote>}
        {props.next && (
          <p class="wp-pitch-stage-screen__next">
            {t('projector.after', { municipality: props.next })}
          </p>
        )}
      </div>
      {reading && (
        <PitchClock reading={reading} durationMs={current.durationMs} t={t} size="projector" />
      )}
    </section>
  );
}
