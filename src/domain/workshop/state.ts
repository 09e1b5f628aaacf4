import { z } from 'zod';
import type { Language } from '../language.ts';
import { emptyProgramme, type Programme } from '../programme/state.ts';
import type { ReportPhoto } from '../reportPhotos/state.ts';
import type { ReportNote } from '../reportNotes/types.ts';
import type { ReportEdit, ReportLayout } from '../reportLayout/state.ts';

export const SIDES = ['formal', 'informal'] as const;
export type Side = (typeof SIDES)[number];
export const sideSchema = z.enum(SIDES);

/** The other side: formal workers write about what informal workers do well, and vice versa. */
export function otherSide(side: Side): Side {
  return side === 'formal' ? 'informal' : 'formal';
}

/** A partnership ("samenwerkingsverband"): the formal and informal organisations of one municipality. */
export interface Partnership {
  readonly id: string;
  readonly municipality: string;
  readonly formalOrganisation: string;
  readonly informalOrganisation: string;
}

export interface Participant {
  readonly id: string;
  readonly displayName: string;
  readonly partnershipId: string | null;
  readonly side: Side;
  /** Present for the participant themself and facilitators; stripped for others. */
  readonly language: Language | null;
  readonly joinedAt: number;
  readonly removed: boolean;
}

/**
 * Someone who asked to come in while the door was closed (`requestEntry`). Their phone already
 * holds a token for `id`; admitting them makes a participant with that id, so the phone goes on
 * without typing anything again. Only facilitators see these.
 */
export interface EntryRequest {
  readonly id: string;
  readonly displayName: string;
  readonly partnershipId: string | null;
  readonly side: Side;
  readonly language: Language;
  readonly requestedAt: number;
  readonly status: EntryStatus;
}

export type EntryStatus = 'waiting' | 'admitted' | 'refused';

export interface FacilitatorMembership {
  readonly accountId: string;
  readonly name: string;
  /** A note-taker ("notulist") reads everything facilitators read, writes the minutes, never steers. */
  readonly role: 'lead' | 'co' | 'notetaker';
}

export type ActivityStatus = 'ready' | 'running' | 'ended';

/** One activity placed in a workshop: its kind, its config and its own state. */
export interface ActivityInstance {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly config: unknown;
  readonly status: ActivityStatus;
  readonly state: unknown;
}

export interface WorkshopState {
  /** False until `workshopCreated`; every other command is refused before that. */
  readonly exists: boolean;
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly venue: string;
  readonly defaultLanguage: Language;
  readonly locked: boolean;
  /** Set by `closeWorkshop` ("the day is over"); starting any item opens it again. */
  readonly closedAt: number | null;
  /** The facilitator's own words for the closing screen: where the report and follow-up will be. */
  readonly closingText: string;
  readonly createdAt: number;
  readonly partnerships: Readonly<Record<string, Partnership>>;
  readonly facilitators: Readonly<Record<string, FacilitatorMembership>>;
  readonly participants: Readonly<Record<string, Participant>>;
  /** The waiting list at the closed door, by request id (= the participant id to be). */
  readonly entryRequests: Readonly<Record<string, EntryRequest>>;
  readonly activities: Readonly<Record<string, ActivityInstance>>;
  /** Activity ids in programme order. */
  readonly activityOrder: readonly string[];
  /** The activity phones and the projector show now; null means the lobby. */
  readonly currentActivityId: string | null;
  /** Days and blocks: the plan, what runs now, and when things actually started. */
  readonly programme: Programme;
  /**
   * The facilitators' own words in the report, by section: `introduction`, `conclusion`, or a
   * programme block's id. Generated content stays linked to the data; this is the prose around it.
   */
  readonly reportTexts: Readonly<Record<string, string>>;
  /** Photos taken in the room, by id; each belongs to a programme block. Facilitators only. */
  readonly reportPhotos: Readonly<Record<string, ReportPhoto>>;
  /** The minutes ("verslaglegging"), by note id; each note belongs to a programme block. */
  readonly reportNotes: Readonly<Record<string, ReportNote>>;
  /** Items the facilitators hid and the order they gave sections (`src/domain/reportLayout`). */
  readonly reportLayout: ReportLayout;
  /** The latest report edits (words, hides, order) with what each replaced: for undo. */
  readonly reportHistory: readonly ReportEdit[];
}

export const emptyWorkshop: WorkshopState = {
  exists: false,
  id: '',
  code: '',
  title: '',
  startsOn: null,
  endsOn: null,
  venue: '',
  defaultLanguage: 'nl',
  locked: false,
  closedAt: null,
  closingText: '',
  createdAt: 0,
  partnerships: {},
  facilitators: {},
  participants: {},
  entryRequests: {},
  activities: {},
  activityOrder: [],
  currentActivityId: null,
  programme: emptyProgramme,
  reportTexts: {},
  reportPhotos: {},
  reportNotes: {},
  reportLayout: { hidden: {}, order: [] },
  reportHistory: [],
};

export function activeParticipants(state: WorkshopState): Participant[] {
  return Object.values(state.participants).filter((p) => !p.removed);
}

/** Requests still waiting at the door, oldest first. */
export function waitingRequests(state: WorkshopState): EntryRequest[] {
  return Object.values(state.entryRequests)
    .filter((r) => r.status === 'waiting')
    .sort((a, b) => a.requestedAt - b.requestedAt);
}
