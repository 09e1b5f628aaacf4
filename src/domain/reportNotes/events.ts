import type { Side } from '../workshop/state.ts';
import type { NoteKind, ReportNote } from './types.ts';

/** Note events (part of the workshop's event union; versioned with WORKSHOP_EVENT_VERSION). */
export type ReportNoteEvent =
  | { type: 'reportNoteAdded'; note: ReportNote }
  | {
      type: 'reportNoteEdited';
      noteId: string;
      kind: NoteKind;
      text: string;
      side: Side | null;
      partnershipId: string | null;
      group: string;
    }
  | { type: 'reportNoteRemoved'; noteId: string }
  /** On or off the projector. Sharing one note unshares the one before, in the same decision. */
  | { type: 'reportNoteShared'; noteId: string; shared: boolean };
