import { guardCount, guardSplit, type GuardedCount } from '../../domain/views/smallGroups.ts';
import { SIDES, type Side } from '../../domain/workshop/state.ts';
import type { Prejudice } from './schema.ts';

/**
 * How many crossed the line for one prejudice, as anyone may see it — the facilitator too,
 * and the report. Only once the crossing closed (a count that moves while people tap says who
 * just tapped), and under the small-group rule: fewer than 3 who crossed, or fewer than 3 who
 * did not, is never a number, unless the facilitator opted in for this item (`exact`).
 */
export interface CrossingCount {
  /** All who crossed; null when a guarded split part could be worked out from it. */
  readonly total: GuardedCount | null;
  /** Those in the room when the crossing closed (crossers included). */
  readonly present: number;
  /** Percentage of those present, only when the total is shown exactly. */
  readonly share: number | null;
  /** Per side, when the facilitator chose to split the count. */
  readonly bySide: Readonly<Record<Side, GuardedCount>> | null;
}

/** The count to show for a prejudice, or null while nobody may see one (not closed yet). */
export function crossingCount(prejudice: Prejudice): CrossingCount | null {
  if (prejudice.stage !== 'result' || prejudice.present === null) return null;
  const crossed: Record<Side, number> = { formal: 0, informal: 0 };
  for (const side of Object.values(prejudice.crossers)) crossed[side]++;
  const present = prejudice.present.formal + prejudice.present.informal;
  const count = crossed.formal + crossed.informal;
  const showExact = prejudice.exact;
  let total: GuardedCount | null = guardCount(count, { of: present, showExact });
  let bySide: Record<Side, GuardedCount> | null = null;
  if (prejudice.split) {
    const split = guardSplit(crossed, { ofPart: prejudice.present, showExact });
    bySide = split.parts;
    // "7 in all, 5 informal" would give away the guarded "fewer than 3 formal".
    if (!split.totalSafe) total = null;
  }
  const share =
    total && 'exact' in total && present > 0 ? Math.round((100 * total.exact) / present) : null;
  return { total, present, share, bySide };
}

/** The sides in the order screens show them. */
export const COUNT_SIDES = SIDES;
