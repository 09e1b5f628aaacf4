import './intro.css';
import { currentRound } from '../schema.ts';
import { Countdown } from './parts/Countdown.tsx';
import { PairsOverview } from './parts/PairsOverview.tsx';
import { ProjectorBefore } from './parts/ProjectorBefore.tsx';
import type { IntroViewProps } from './types.ts';

/** More conversations than this do not fit beside the clock in readable type. */
const MAX_PAIRS_SHOWN = 16;

/**
 * The big screen: before the start, what is about to happen; during a round, the round, a
 * large countdown and the instruction, with who talks with whom when it fits; then thanks.
 */
export default function IntroProjector(props: IntroViewProps) {
  const { t, activity } = props;
  const { state } = activity;
  const round = currentRound(state);

  if (round) {
    const showPairs = round.conversations.length <= MAX_PAIRS_SHOWN;
    return (
      <section
        class={`wp-intro-projector${showPairs ? ' wp-intro-projector--pairs' : ''}`}
        aria-labelledby="intro-round"
      >
        <div class="wp-stack wp-intro-projector__main">
          <h2 id="intro-round" class="wp-intro-projector__round">
            {t('round', { round: round.number })}
          </h2>
          <Countdown round={round} now={props.now} t={t} />
          <p class="wp-intro-projector__instruction">{t('projector.instruction')}</p>
        </div>
        {showPairs && <PairsOverview round={round} workshop={props.workshop} t={t} />}
      </section>
    );
  }
  if (state.rounds.length === 0) return <ProjectorBefore {...props} />;
  if (state.phase === 'closed') {
    const count = state.rounds.reduce((sum, r) => sum + r.conversations.length, 0);
    return (
      <section class="wp-stack wp-intro-projector__message" aria-labelledby="intro-closed">
        <h2 id="intro-closed">{t('projector.closedTitle')}</h2>
        <p>{t('projector.closedText', { count })}</p>
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
