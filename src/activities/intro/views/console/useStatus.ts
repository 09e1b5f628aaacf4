import type { Translate } from '../../../../i18n/index.ts';
import { useAnnouncement } from '../../../../ui/useOnChange.ts';
import { currentRound, type IntroState } from '../../schema.ts';
import type { RoundClock } from '../parts/useRoundClock.ts';
import type { ConsoleProps } from '../types.ts';

/** Where the activity is, in words: "Ronde 2 loopt", "Nog niet begonnen", … */
export function statusText(state: IntroState, clock: RoundClock | null, t: Translate): string {
  const round = currentRound(state);
  if (round) {
    const key = clock?.up ? 'timeUp' : round.remainingMs !== null ? 'paused' : 'running';
    return t(`phase.${key}`, { round: round.number });
  }
  if (state.phase === 'closed') return t('phase.closed');
  return t(state.rounds.length === 0 ? 'phase.notStarted' : 'phase.waiting');
}

/** Says a change of round or phase aloud, whoever caused it (a colleague, the timer). */
export function useStatusAnnouncement(props: ConsoleProps): string {
  const { state } = props.activity;
  const round = currentRound(state);
  const key = `${state.phase}:${state.rounds.length}:${round?.remainingMs !== null}`;
  return useAnnouncement(key, () =>
    props.t('console.phaseChanged', { status: statusText(state, null, props.t) }),
  );
}
