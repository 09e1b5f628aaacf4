import type { Language } from '../language.ts';
import type { ProgrammeEvent } from '../programme/events.ts';
import type { Participant, Partnership, Side } from './state.ts';

/** Version of the workshop-level event shapes below. */
export const WORKSHOP_EVENT_VERSION = 1;

export type WorkshopEvent =
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
    }
  | { type: 'facilitatorAdded'; accountId: string; name: string; role: 'lead' | 'co' }
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
  | { type: 'participantRemoved'; participantId: string }
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
  | ProgrammeEvent;

export type WorkshopEventType = WorkshopEvent['type'];
