import { TZDate } from '@date-fns/tz';
import type { Programme, ProgrammeBlock, ProgrammeDay } from './state.ts';
import { orderedBlocks } from './state.ts';

/** The planned start of a block as server time, or null when its day or time is not set. */
export function plannedStart(
  day: ProgrammeDay | undefined,
  block: ProgrammeBlock,
  timeZone: string,
): number | null {
  if (!day?.date || !block.startTime) return null;
  const [y, m, d] = day.date.split('-').map(Number);
  const [hh, mm] = block.startTime.split(':').map(Number);
  if (y === undefined || m === undefined || d === undefined || hh === undefined || mm === undefined)
    return null;
  return new TZDate(y, m - 1, d, hh, mm, timeZone).getTime();
}

/** "13:00" + 75 minutes → "14:15" (wraps past midnight). */
export function endTime(startTime: string, durationMin: number): string {
  const [h = 0, m = 0] = startTime.split(':').map(Number);
  const total = (h * 60 + m + durationMin) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export interface ScheduleStatus {
  readonly current: ProgrammeBlock | null;
  readonly next: ProgrammeBlock | null;
  /**
   * Minutes the programme runs behind (positive) or ahead (negative): when the current block
   * will end at this pace, against when it was planned to end. Null when not planned.
   */
  readonly delayMin: number | null;
}

/** What runs now, what comes next, and how far off schedule the room is. */
export function scheduleStatus(programme: Programme, now: number): ScheduleStatus {
  const blocks = orderedBlocks(programme);
  const current = programme.currentBlockId
    ? (programme.blocks[programme.currentBlockId] ?? null)
    : null;
  const next = nextBlock(programme, blocks, current);
  if (!current || current.startedAt === null) return { current, next, delayMin: null };
  const day = programme.days.find((d) => d.id === current.dayId);
  const planned = plannedStart(day, current, programme.timeZone);
  if (planned === null) return { current, next, delayMin: null };
  const plannedEnd = planned + current.durationMin * 60_000;
  const expectedEnd = Math.max(current.startedAt + current.durationMin * 60_000, now);
  return { current, next, delayMin: Math.round((expectedEnd - plannedEnd) / 60_000) };
}

/** The block after the current one; before anything ran, the first not yet started. */
export function nextBlock(
  programme: Programme,
  blocks = orderedBlocks(programme),
  current?: ProgrammeBlock | null,
): ProgrammeBlock | null {
  const at = current ? blocks.findIndex((b) => b.id === current.id) : -1;
  if (at >= 0) return blocks[at + 1] ?? null;
  return blocks.find((b) => b.startedAt === null) ?? null;
}
