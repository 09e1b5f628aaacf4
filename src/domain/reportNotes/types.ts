import type { Side } from '../workshop/state.ts';

/** What a note records: a point made, a conclusion, a quote, an open question, an observation. */
export const NOTE_KINDS = ['point', 'conclusion', 'quote', 'question', 'observation'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/**
 * One note of the workshop's minutes ("verslaglegging"), taken during a programme block by a
 * facilitator or note-taker. Where it came from (side, municipality, group) is optional; who
 * wrote it stays among the facilitators: the report and the exports never name the note-taker.
 */
export interface ReportNote {
  readonly id: string;
  /** The programme block it belongs to. */
  readonly blockId: string;
  readonly kind: NoteKind;
  readonly text: string;
  readonly side: Side | null;
  readonly partnershipId: string | null;
  /** A free label ("Groep 2", "tafel bij het raam"); '' = none. */
  readonly group: string;
  /** The note-taker's account (never shown outside facilitators). */
  readonly authorAccountId: string;
  readonly at: number;
  readonly editedAt: number | null;
  /** Shown on the projector; at most one note is shared at a time. */
  readonly shared: boolean;
}
