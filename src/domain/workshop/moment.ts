import { own } from '../ids.ts';
import { orderedBlocks, type ProgrammeDay } from '../programme/state.ts';
import type { WorkshopState } from './state.ts';

/**
 * Where the day stands, for what the projector and phones show when no activity runs:
 * - `welcome`: nothing has started yet (the title, the day's programme, what to expect);
 * - `closing`: the facilitator closed the day (`closeWorkshop`), or the programme's last block
 *   has ended: thanks, and what happens next;
 * - `between`: between items (the lobby on the projector, "wait" on the phone);
 * - `running`: an activity or a programme item is on.
 * The end is known from the facilitator's command first; the last block ending is the
 * fallback for a facilitator who simply ran the programme to its end.
 */
export type Moment = 'welcome' | 'between' | 'running' | 'closing';

export function momentOf(state: WorkshopState): Moment {
  if (state.currentActivityId || state.programme.currentBlockId) return 'running';
  if (state.closedAt !== null) return 'closing';
  const blocks = orderedBlocks(state.programme);
  const last = blocks.at(-1);
  if (last && last.endedAt !== null) return 'closing';
  const begun =
    blocks.some((b) => b.startedAt !== null) ||
    Object.values(state.activities).some((a) => a.status !== 'ready');
  return begun ? 'between' : 'welcome';
}

/**
 * The day to show on the welcome screen: the first day with a block not yet started (the
 * programme of today, when days are run in order), or the first day.
 */
export function dayToCome(state: WorkshopState): ProgrammeDay | null {
  const { days, blocks } = state.programme;
  return (
    days.find((d) => d.blockIds.some((id) => own(blocks, id)?.startedAt === null)) ??
    days[0] ??
    null
  );
}

/** After closing: the next day still to come, if the workshop goes on another day. */
export function nextDay(state: WorkshopState): ProgrammeDay | null {
  const { days, blocks } = state.programme;
  const started = (d: ProgrammeDay) =>
    d.blockIds.some((id) => (own(blocks, id)?.startedAt ?? null) !== null);
  const lastStarted = days.findLastIndex(started);
  if (lastStarted < 0) return null;
  return days.slice(lastStarted + 1).find((d) => d.blockIds.length > 0) ?? null;
}
