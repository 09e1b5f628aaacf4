import type { Translate } from '../../../../i18n/index.ts';
import type { ClockView } from '../../viewShapes.ts';

/** Before the first round, between rounds, after closing, or when you joined mid-round. */
export function PhoneWaiting(props: { t: Translate; state: ClockView; inRound: boolean }) {
  const { t, state } = props;
  const [title, text] = props.inRound
    ? ['participant.notInRoundTitle', 'participant.notInRoundText']
    : state.phase === 'closed'
      ? ['participant.closedTitle', 'participant.closedText']
      : state.roundsHeld === 0
        ? ['participant.beforeTitle', 'participant.beforeText']
        : ['participant.betweenTitle', 'participant.betweenText'];
  return (
    <div
      class={`wp-notice wp-intro-waiting${state.phase === 'closed' ? ' wp-notice--success' : ''}`}
    >
      <h2 class="wp-notice__title">{t(title)}</h2>
      <p>{t(text)}</p>
    </div>
  );
}
