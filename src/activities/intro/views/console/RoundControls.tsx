import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import { phases } from '../../phases.ts';
import { currentRound, type IntroCommand } from '../../schema.ts';
import { formatClock } from '../parts/people.ts';
import { useRoundClock } from '../parts/useRoundClock.ts';
import type { ConsoleProps } from '../types.ts';
import { useIntroShortcuts } from './useShortcuts.ts';
import { statusText } from './useStatus.ts';

/**
 * Where the activity is, the clock, and the way on. A round always runs until someone (or,
 * with automatic rotation, the timer) starts the next one or stops it. These controls do more
 * than move between phases (pausing the clock, explaining a refusal), so they are drawn here;
 * which moves they offer comes from the phase machine.
 */
export function RoundControls(props: ConsoleProps) {
  const { t } = props;
  const { state, config } = props.activity;
  const round = currentRound(state);
  const clock = useRoundClock(round, props.now);
  const [busy, setBusy] = useState<IntroCommand['type'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const moves = phases.next(state.phase);

  async function go(command: IntroCommand) {
    setBusy(command.type);
    setProblem(null);
    const result = await props.send(command);
    setBusy(null);
    if (result.ok) return;
    // Too few people connected is the one refusal worth explaining in this activity's words.
    const makesPairs = command.type === 'startRound' || command.type === 'nextRound';
    setProblem(
      makesPairs && result.code === 'WP_ERR_CONFLICT'
        ? t('console.notEnoughPeople')
        : result.message,
    );
  }
  useIntroShortcuts({
    t,
    canRound: moves.includes('round'),
    roundRunning: !!round,
    firstRound: state.rounds.length === 0,
    clock: clock ? { paused: clock.paused, up: clock.up } : null,
    go,
  });
  const button = (command: IntroCommand, label: string, variant: 'primary' | 'secondary') => (
    <Button variant={variant} busy={busy === command.type} onClick={() => void go(command)}>
      {label}
    </Button>
  );

  return (
    <div class="wp-stack wp-intro-controls">
      <div class="wp-spread">
        <p class="wp-intro-controls__status">
          <strong>{t('console.status', { status: statusText(state, clock, t) })}</strong>
        </p>
        {clock && (
          <p class="wp-intro-controls__timer" role="timer">
            {t(clock.paused ? 'console.timerPaused' : 'console.timer', {
              time: formatClock(clock.remainingMs),
            })}
          </p>
        )}
      </div>
      <div class="wp-row">
        {moves.includes('round') &&
          (round
            ? button({ type: 'nextRound' }, t('console.next'), 'primary')
            : button(
                { type: 'startRound' },
                t(state.rounds.length === 0 ? 'console.startFirst' : 'console.startAgain'),
                'primary',
              ))}
        {round &&
          !clock?.up &&
          (clock?.paused
            ? button({ type: 'resumeRound' }, t('console.resume'), 'secondary')
            : button({ type: 'pauseRound' }, t('console.pause'), 'secondary'))}
        {moves.includes('waiting') &&
          button({ type: 'endRound' }, t('console.endRound'), 'secondary')}
        {moves.includes('closed') && button({ type: 'close' }, t('console.close'), 'secondary')}
      </div>
      <p class="wp-field__hint">
        {t(config.autoRotate ? 'console.autoNext' : 'console.manualNext')}
      </p>
      {problem && <Notice tone="error">{problem}</Notice>}
    </div>
  );
}
