import { z } from 'zod';
import { idSchema } from '../../domain/ids.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';
import type { Side } from '../../domain/workshop/state.ts';

/** Kinds of note: what the other side does well, a caveat to it, or a reflection on one's own side. */
export const CATEGORIES = ['strength', 'caveat', 'selfReflection'] as const;
export type Category = (typeof CATEGORIES)[number];
export const categorySchema = z.enum(CATEGORIES);

export const configSchema = z.object({
  /** The question each group answers; a group writes about the *other* side. */
  prompts: z.object({ formal: text(LIMITS.noteText), informal: text(LIMITS.noteText) }),
  /** When true, peers and the projector never learn who wrote a note; facilitators do. */
  anonymousToPeers: z.boolean(),
  categories: z
    .array(categorySchema)
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'duplicate category'),
  /**
   * Small rooms may want everyone to read along while notes are written: every note is then
   * shown to everyone at once instead of at the reveal. Absent in configs made before it.
   */
  shareWhileWriting: z.boolean().optional(),
});
export type StrengthConfig = z.infer<typeof configSchema>;

const noteText = text(LIMITS.noteText);

export const commandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('addNote'), text: noteText, category: categorySchema.optional() }),
  z.object({
    type: z.literal('editNote'),
    noteId: idSchema,
    text: noteText,
    category: categorySchema.optional(),
  }),
  z.object({ type: z.literal('deleteNote'), noteId: idSchema }),
  z.object({ type: z.literal('startPlenary') }),
  z.object({ type: z.literal('startWriteRound') }),
  z.object({ type: z.literal('spotlightNote'), noteId: idSchema.nullable() }),
  z.object({
    type: z.literal('mergeNotes'),
    noteIds: z.array(idSchema).min(2).max(20),
    text: noteText.optional(),
  }),
  z.object({ type: z.literal('hideNote'), noteId: idSchema }),
  z.object({ type: z.literal('unhideNote'), noteId: idSchema }),
  z.object({ type: z.literal('close') }),
  /** Shares, after the fact, the notes of rounds that ended without a plenary. */
  z.object({ type: z.literal('shareNotes') }),
]);
export type StrengthCommand = z.infer<typeof commandSchema>;

export type Phase = 'write' | 'plenary' | 'closed';

/** One note. `group` is the side that wrote it (and so the side it is *about* is the other one). */
export interface Note {
  readonly id: string;
  readonly group: Side;
  readonly round: number;
  readonly category: Category;
  readonly text: string;
  /** Null for merged notes; in views also for anonymous notes (except the author's own). */
  readonly authorId: string | null;
  readonly anonymous: boolean;
  readonly createdSeq: number;
  readonly createdAt: number;
  readonly editedAt: number | null;
  readonly revealed: boolean;
  readonly hidden: boolean;
  /** Set on a note made by merging duplicates: the originals, which stay in the log. */
  readonly mergedFrom: readonly string[];
  /** Set on an original once merged; views show only the merged note. */
  readonly mergedInto: string | null;
}

export interface StrengthState {
  readonly phase: Phase;
  readonly round: number;
  readonly notes: Readonly<Record<string, Note>>;
  readonly spotlightId: string | null;
}

/**
 * What happened, as plain facts (version 2). Who may see a note is decided by `view.ts`, never
 * by the events; version-1 events carried copies for stateless redaction (see `migrate.ts`).
 */
export type StrengthEvent =
  | {
      type: 'noteAdded';
      noteId: string;
      group: Side;
      round: number;
      category: Category;
      text: string;
      authorId: string;
      anonymous: boolean;
    }
  | { type: 'noteEdited'; noteId: string; text: string; category: Category }
  | { type: 'noteDeleted'; noteId: string }
  | { type: 'plenaryStarted'; round: number }
  | { type: 'writeRoundStarted'; round: number }
  | { type: 'noteSpotlighted'; noteId: string | null }
  | { type: 'notesMerged'; mergedNote: Note; sourceIds: string[] }
  | { type: 'noteHidden'; noteId: string }
  | { type: 'noteUnhidden'; noteId: string }
  | { type: 'closed' }
  /** Notes of ended rounds shared in the room after all (the ids, decided once). */
  | { type: 'notesShared'; noteIds: string[] };

/**
 * Notes a viewer should see as items (not merged away, not hidden), in the order they were
 * written; with `also`, only those it accepts, chosen before the sort.
 */
export function visibleNotes(
  state: Pick<StrengthState, 'notes'>,
  also: (note: Note) => boolean = () => true,
): Note[] {
  return Object.values(state.notes)
    .filter((n) => !n.hidden && n.mergedInto === null && also(n))
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/**
 * A note that was kept but never shared in the room: its round ended (the activity closed or
 * was stopped, or a new round began) without a plenary. Such notes stay in the facilitator's
 * lists, the report and the references, marked "not shared in the room", until the
 * facilitator shares them. Notes of the round being written now are not among them: their
 * group is still writing, and what a group writes stays with it until it is shared.
 */
export function isKeptUnshared(
  note: Note,
  state: Pick<StrengthState, 'phase' | 'round'>,
  activityEnded = false,
): boolean {
  if (note.revealed || note.hidden || note.mergedInto !== null) return false;
  return activityEnded || state.phase === 'closed' || note.round < state.round;
}

/** The notes {@link isKeptUnshared} selects, in the order they were written. */
export function keptUnsharedNotes(state: StrengthState, activityEnded = false): Note[] {
  return visibleNotes(state, (n) => isKeptUnshared(n, state, activityEnded));
}
