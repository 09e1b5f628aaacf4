import { own } from '../../../../domain/ids.ts';
import { orderedBlocks, type Programme } from '../../../../domain/programme/state.ts';
import { NOTE_GROUP_MAX, NOTE_TEXT_MAX } from '../../../../domain/reportNotes/commands.ts';
import {
  NOTE_KINDS,
  type NoteKind,
  type ReportNote,
} from '../../../../domain/reportNotes/types.ts';
import type { You } from '../../../../domain/protocol.ts';
import type { FacilitatorRole } from '../../../../domain/workshop/roles.ts';
import type { Side, WorkshopState } from '../../../../domain/workshop/state.ts';

/** The kinds of note, in the order the buttons show them. */
export const NOTE_KIND_ORDER = NOTE_KINDS;
export type NoteKindName = NoteKind;
export type { ReportNote };

/** The most a note may hold (the domain refuses more). */
export const NOTE_TEXT_LIMIT = NOTE_TEXT_MAX;
export const NOTE_GROUP_LIMIT = NOTE_GROUP_MAX;

/** What a note-taker chose for a note; everything but the text stays for the next one. */
export interface NoteFields {
  readonly kind: NoteKindName;
  readonly text: string;
  readonly side: Side | null;
  readonly partnershipId: string | null;
  readonly group: string;
}

export const emptyNote: NoteFields = {
  kind: 'point',
  text: '',
  side: null,
  partnershipId: null,
  group: '',
};

/**
 * The block notes go to unless the person picks another: the one running now, else the one
 * started last (the talk after a block goes on about it), else the first of the programme.
 */
export function defaultBlockId(programme: Programme): string | null {
  if (programme.currentBlockId && own(programme.blocks, programme.currentBlockId))
    return programme.currentBlockId;
  const blocks = orderedBlocks(programme);
  const started = blocks
    .filter((b) => b.startedAt !== null)
    .sort((a, b) => (b.startedAt ?? 0) - (a.startedAt ?? 0));
  return started[0]?.id ?? blocks[0]?.id ?? null;
}

/** A block's notes, newest first. */
export function notesOfBlock(workshop: WorkshopState, blockId: string): ReportNote[] {
  return Object.values(workshop.reportNotes)
    .filter((note) => note.blockId === blockId)
    .sort((a, b) => b.at - a.at);
}

/** This account's role in the workshop, or null when it is not on the team. */
export function roleOf(workshop: WorkshopState, accountId: string | null): FacilitatorRole | null {
  if (!accountId) return null;
  return own(workshop.facilitators, accountId)?.role ?? null;
}

/** Note-takers write notes; only the lead and co-facilitators steer (and share on screen). */
export function mayShare(role: FacilitatorRole | null): boolean {
  return role === 'lead' || role === 'co';
}

/** Whether the one on this connection is a note-taker here (sees all, steers nothing). */
export function isNoteTaker(workshop: WorkshopState, you: You | null): boolean {
  return you?.role === 'facilitator' && roleOf(workshop, you.accountId) === 'notetaker';
}
