import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import type { PitchCommand } from '../../schema.ts';

/**
 * The keys this kind offers on the live screen, each the same as a visible button: the next
 * step (start the next pitch, or move on to it) and pausing or resuming the timer. Finishing
 * is never one key away: it shares every preparation.
 */
export function usePitchShortcuts(props: {
  /** The words and command of the button that moves on now, if any. */
  next: { label: string; command: PitchCommand } | null;
  pause: { label: string; command: PitchCommand } | null;
  go(command: PitchCommand): Promise<void>;
}): void {
  const { next, pause } = props;
  useConsoleShortcut('nextPhase', next?.label ?? null, () => next && props.go(next.command));
  useConsoleShortcut('pauseResume', pause?.label ?? null, () => pause && props.go(pause.command));
}
