import { z } from 'zod';
import type { Language } from '../language.ts';
import { emptyProgramme, type Programme } from '../programme/state.ts';

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

export interface FacilitatorMembership {
  readonly accountId: string;
  readonly name: string;
  readonly role: 'lead' | 'co';
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
  readonly createdAt: number;
  readonly partnerships: Readonly<Record<string, Partnership>>;
  readonly facilitators: Readonly<Record<string, FacilitatorMembership>>;
  readonly participants: Readonly<Record<string, Participant>>;
  readonly activities: Readonly<Record<string, ActivityInstance>>;
  /** Activity ids in programme order. */
  readonly activityOrder: readonly string[];
  /** The activity phones and the projector show now; null means the lobby. */
  readonly currentActivityId: string | null;
  /** Days and blocks: the plan, what runs now, and when things actually started. */
  readonly programme: Programme;
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
  createdAt: 0,
  partnerships: {},
  facilitators: {},
  participants: {},
  activities: {},
  activityOrder: [],
  currentActivityId: null,
  programme: emptyProgramme,
};

export function activeParticipants(state: WorkshopState): Participant[] {
  return Object.values(state.participants).filter((p) => !p.removed);
}
