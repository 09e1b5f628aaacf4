import type { Language } from '../language.ts';
import type { ProgrammeEvent } from '../programme/events.ts';
import type { ReportPhotoEvent } from '../reportPhotos/events.ts';
import type { ReportNoteEvent } from '../reportNotes/events.ts';
import type { ReportLayoutEvent } from '../reportLayout/events.ts';
import type { EntryRequest, Participant, Partnership, Side } from './state.ts';

/**
 * Version of the workshop-level event shapes below (and of the state they build: it names the
 * snapshots). 2 added the door's waiting list, the closing screen and participants' details;
 * version 1 events read unchanged (`workshopUpdated` without `closingText` keeps the old one).
 * 3 added the report's own words (`reportTextEdited`); older events read unchanged.
 * 4 added the minutes (`reportNote…`), photos (`reportPhoto…`), the note-taker role
 * (`facilitatorRoleChanged`) and the report's layout and history (`reportItemHidden`/`Shown`,
 * `reportSectionsOrdered`, `by`/`undo` on `reportTextEdited`); older events read unchanged, and
 * the new state fields start empty, so version 3 snapshots are rebuilt from the log.
 */
export const WORKSHOP_EVENT_VERSION = 4;

export type WorkshopEvent =
  /** A facilitator's words for one section of the report; an empty text removes them. */
  | {
      type: 'reportTextEdited';
      sectionId: string;
      text: string;
      /** Who wrote it, and `undo` when it put back the words an edit replaced (both optional: older events have neither). */
      by?: string | null;
      undo?: true;
    }
  | {
      type: 'workshopCreated';
      workshopId: string;
      code: string;
      title: string;
      startsOn: string | null;
      endsOn: string | null;
      venue: string;
      defaultLanguage: Language;
    }
  | {
      type: 'workshopUpdated';
      title: string;
      startsOn: string | null;
      endsOn: string | null;
      venue: string;
      defaultLanguage: Language;
      /** Absent in version 1 events. */
      closingText?: string;
    }
  | { type: 'facilitatorAdded'; accountId: string; name: string; role: 'lead' | 'co' }
  /** The lead made a colleague co-facilitator or note-taker (who writes the minutes, never steers). */
  | { type: 'facilitatorRoleChanged'; accountId: string; role: 'co' | 'notetaker' }
  | { type: 'partnershipAdded'; partnership: Partnership }
  | { type: 'partnershipUpdated'; partnership: Partnership }
  | { type: 'partnershipRemoved'; partnershipId: string }
  | { type: 'participantJoined'; participant: Participant }
  | {
      type: 'participantUpdated';
      participantId: string;
      displayName: string;
      side: Side;
      language: Language | null;
    }
  | {
      /** Municipality, side and language corrected, by the participant or a facilitator. */
      type: 'participantDetailsChanged';
      participantId: string;
      partnershipId: string | null;
      side: Side;
      language: Language;
    }
  | { type: 'participantRemoved'; participantId: string }
  | { type: 'entryRequested'; request: Omit<EntryRequest, 'status'> }
  | { type: 'entryAdmitted'; requestId: string }
  | { type: 'entryRefused'; requestId: string }
  | { type: 'workshopClosed' }
  | { type: 'workshopReopened' }
  | { type: 'workshopLocked' }
  | { type: 'workshopUnlocked' }
  | {
      type: 'activityAdded';
      activityId: string;
      kind: string;
      title: string;
      config: unknown;
      configVersion: number;
    }
  | { type: 'activityConfigured'; activityId: string; config: unknown; configVersion: number }
  | { type: 'activityStarted'; activityId: string }
  | { type: 'activityStopped'; activityId: string }
  | { type: 'activityRemoved'; activityId: string }
  | ProgrammeEvent
  | ReportPhotoEvent
  | ReportNoteEvent
  | ReportLayoutEvent;

export type WorkshopEventType = WorkshopEvent['type'];
