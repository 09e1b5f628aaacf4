import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Programme, ProgrammeDay } from '../../../../domain/programme/state.ts';
import type { SendResult } from '../../../../ui/activityView.ts';
import type { RunCommand } from '../../commands.ts';
import { moveInDays } from './move.ts';

interface Pending {
  /** The server's programme the move was drawn on; a newer one replaces the guess. */
  readonly base: Programme;
  readonly days: readonly ProgrammeDay[];
}

/**
 * Block moves, drawn before the server confirms them (the confirmed state replaces the
 * guess as soon as it arrives, and a refusal drops it). After a keyboard move, focus returns
 * to the moving control (marked `data-focus`), which may now sit in another day's list.
 */
export function useMoves(programme: Programme, run: RunCommand) {
  const [pending, setPending] = useState<Pending | null>(null);
  const focusIds = useRef<readonly string[] | null>(null);
  const shown: Programme = useMemo(
    () =>
      pending && pending.base === programme ? { ...programme, days: pending.days } : programme,
    [pending, programme],
  );

  // Runs after every render: the moved block's buttons exist only once it is drawn.
  useEffect(() => {
    const ids = focusIds.current;
    if (!ids) return;
    for (const id of ids) {
      const element = document.querySelector<HTMLElement>(`[data-focus="${id}"]`);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        focusIds.current = null;
        return;
      }
    }
  });

  async function move(
    blockId: string,
    dayId: string,
    index: number,
    focus?: readonly string[],
  ): Promise<SendResult | null> {
    const days = moveInDays(shown.days, blockId, dayId, index);
    if (!days) return null; // nothing to move
    setPending({ base: programme, days });
    if (focus) focusIds.current = focus;
    const result = await run({ type: 'moveBlock', blockId, dayId, index });
    if (!result.ok) setPending(null);
    return result;
  }

  return { programme: shown, move };
}
