import type { ScheduledCommand } from '../../domain/activity.ts';
import { currentRound, type IntroCommand, type IntroConfig, type IntroState } from './schema.ts';

/**
 * With automatic rotation, the running round ends at its `endsAt` with the next round. A
 * paused round has no timer (its clock stands still); resuming arms it again with the new end.
 * The key holds the round number, so each round has its own timer and idempotency key.
 */
export function timers(
  state: IntroState,
  config: IntroConfig,
): readonly ScheduledCommand<IntroCommand>[] {
  const round = currentRound(state);
  if (!config.autoRotate || !round || round.endsAt === null) return [];
  return [
    {
      key: `round-${round.number}`,
      at: round.endsAt,
      command: { type: 'nextRound', fromRound: round.number },
    },
  ];
}
