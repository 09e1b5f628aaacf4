import './intro.css';
import './projector/projector.css';
import { Countdown } from './parts/Countdown.tsx';
import { ProjectorBefore } from './parts/ProjectorBefore.tsx';
import { ProjectorPairs } from './projector/ProjectorPairs.tsx';
import type { ProjectorProps } from './types.ts';

/**
 * The big screen: before the start, what is about to happen; during a round, the round, a
 * large countdown and the instruction, with who talks with whom when it fits (the server
 * sends the pairs only then); then thanks.
 */
export default function IntroProjector(props: ProjectorProps) {
  const { t, activity } = props;
  const { state } = activity;
  const { round, pairs } = state;

  if (round) {
    return (
      <section
        class={`wp-intro-projector${pairs ? ' wp-intro-projector--pairs' : ''}`}
        aria-labelledby="intro-round"
      >
        <div class="wp-stack wp-intro-projector__main">
          <h2 id="intro-round" class="wp-intro-projector__round">
            {t('round', { round: round.number })}
          </h2>
          <Countdown round={round} now={props.now} t={t} />
          <p class="wp-intro-projector__instruction">{t('projector.instruction')}</p>
        </div>
        {pairs && <ProjectorPairs pairs={pairs} workshop={props.workshop} t={t} />}
      </section>
    );
  }
  if (state.roundsHeld === 0) return <ProjectorBefore {...props} />;
  if (state.phase === 'closed') {
    return (
      <section class="wp-stack wp-intro-projector__message" aria-labelledby="intro-closed">
        <h2 id="intro-closed">{t('projector.closedTitle')}</h2>
        <p>{t('projector.closedText', { count: state.conversationsHeld })}</p>
      </section>
    );
  }
  return (
    <section class="wp-stack wp-intro-projector__message" aria-labelledby="intro-between">
      <h2 id="intro-between">{t('projector.betweenTitle')}</h2>
      <p>{t('projector.betweenText')}</p>
    </section>
  );
}
