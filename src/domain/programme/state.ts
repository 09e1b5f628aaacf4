import { z } from 'zod';

/** Plain programme items that are not live activities. */
export const ITEM_TYPES = ['presentation', 'break', 'meal', 'other'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const itemTypeSchema = z.enum(ITEM_TYPES);

/** A file attached to a block (a discussion text, slides). The bytes live in the document store. */
export interface DocumentRef {
  readonly id: string;
  readonly name: string;
  readonly mime: string;
  readonly size: number;
}

/**
 * One block of the programme: a live activity (`activityId`) or a plain item (`itemType`).
 * `plannedKind` names an activity kind the block is meant for when this build does not have
 * it yet (the template's "Over de streep"): it stays a plain item until the kind exists.
 */
export interface ProgrammeBlock {
  readonly id: string;
  readonly dayId: string;
  readonly title: string;
  /** Planned local start, "HH:MM" in the programme's time zone; null when not planned. */
  readonly startTime: string | null;
  readonly durationMin: number;
  readonly activityId: string | null;
  readonly itemType: ItemType | null;
  readonly plannedKind: string | null;
  readonly notes: string;
  readonly documents: readonly DocumentRef[];
  /** When it actually started and ended (server time), for "planned vs actual". */
  readonly startedAt: number | null;
  readonly endedAt: number | null;
}

export interface ProgrammeDay {
  readonly id: string;
  readonly title: string;
  /** ISO date, or null when the day is not fixed yet. */
  readonly date: string | null;
  readonly blockIds: readonly string[];
}

export interface Programme {
  readonly days: readonly ProgrammeDay[];
  readonly blocks: Readonly<Record<string, ProgrammeBlock>>;
  readonly currentBlockId: string | null;
  /** IANA zone in which planned times are read (the venue's). */
  readonly timeZone: string;
}

export const emptyProgramme: Programme = {
  days: [],
  blocks: {},
  currentBlockId: null,
  timeZone: 'Europe/Amsterdam',
};

/** All blocks in programme order (day by day). */
export function orderedBlocks(programme: Programme): ProgrammeBlock[] {
  return programme.days.flatMap((day) =>
    day.blockIds.map((id) => programme.blocks[id]).filter((b): b is ProgrammeBlock => !!b),
  );
}

/** The block that holds an activity, if any. */
export function blockOfActivity(
  programme: Programme,
  activityId: string,
): ProgrammeBlock | undefined {
  return Object.values(programme.blocks).find((b) => b.activityId === activityId);
}
