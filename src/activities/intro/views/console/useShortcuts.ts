import type { Translate } from '../../../../i18n/index.ts';
import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import type { IntroCommand } from '../../schema.ts';

/**
 * The keys this kind offers on the live screen: the next round (or the first) and pausing or
 * resuming the clock. They go through `go`, as the buttons do, so a refusal is explained in
 * the same words.
 */
export function useIntroShortcuts(props: {
  t: Translate;
  /** Whether the phase machine allows a (next) round now. */
  canRound: boolean;
  roundRunning: boolean;
  firstRound: boolean;
  clock: { paused: boolean; up: boolean } | null;
  go(command: IntroCommand): Promise<void>;
}): void {
  const { t, clock } = props;
  const round: { type: 'nextRound' | 'startRound'; label: string } | null = !props.canRound
    ? null
    : props.roundRunning
      ? { type: 'nextRound', label: t('console.next') }
      : {
          type: 'startRound',
          label: t(props.firstRound ? 'console.startFirst' : 'console.startAgain'),
        };
  useConsoleShortcut(
    'nextPhase',
    round?.label ?? null,
    () => round && props.go({ type: round.type }),
  );

  const pause: { type: 'pauseRound' | 'resumeRound'; label: string } | null =
    !props.roundRunning || !clock || clock.up
      ? null
      : clock.paused
        ? { type: 'resumeRound', label: t('console.resume') }
        : { type: 'pauseRound', label: t('console.pause') };
  useConsoleShortcut(
    'pauseResume',
    pause?.label ?? null,
    () => pause && props.go({ type: pause.type }),
  );
}
