import type { ProgrammeDay } from '../../../../domain/programme/state.ts';

/**
 * The days after moving a block to `index` of `dayId` (the index counts the other blocks of
 * that day, as the server's `moveBlock` does), or null when nothing would change. Used to
 * draw a move at once instead of after the server's round trip, so a dropped block does
 * not jump back for a moment and focus can stay on the button that moved it.
 */
export function moveInDays(
  days: readonly ProgrammeDay[],
  blockId: string,
  dayId: string,
  index: number,
): ProgrammeDay[] | null {
  const from = days.find((d) => d.blockIds.includes(blockId));
  const to = days.find((d) => d.id === dayId);
  if (!from || !to) return null;
  const at = Math.max(0, Math.min(index, to.blockIds.filter((id) => id !== blockId).length));
  if (from.id === to.id && from.blockIds.indexOf(blockId) === at) return null;
  return days.map((d) => {
    const without = d.blockIds.filter((id) => id !== blockId);
    if (d.id !== dayId)
      return without.length === d.blockIds.length ? d : { ...d, blockIds: without };
    return { ...d, blockIds: [...without.slice(0, at), blockId, ...without.slice(at)] };
  });
}

/** Where a new block with this start time belongs: before the first block that starts later. */
export function indexForTime(
  startTime: string | null,
  blockIds: readonly string[],
  startOf: (blockId: string) => string | null,
): number {
  if (!startTime) return blockIds.length;
  const later = blockIds.findIndex((id) => {
    const other = startOf(id);
    return other !== null && other > startTime; // "HH:MM" compares correctly as text
  });
  return later < 0 ? blockIds.length : later;
}
