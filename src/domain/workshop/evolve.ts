import type { KindRegistry } from '../activity.ts';
import { evolveProgramme } from '../programme/evolve.ts';
import type { WorkshopEvent } from './events.ts';
import { loadKindConfig } from './kindConfig.ts';
import type { ActivityInstance, WorkshopState } from './state.ts';
import { own } from '../ids.ts';
import { evolveReportPhotos } from '../reportPhotos/evolve.ts';
import { evolveReportNotes } from '../reportNotes/evolve.ts';
import { evolveReportLayout, withTextEditHistory } from '../reportLayout/evolve.ts';

/** Applies one workshop-level event. Pure; returns a new state sharing unchanged parts. */
export function evolveWorkshop(
  state: WorkshopState,
  event: WorkshopEvent,
  at: number,
  kinds: KindRegistry,
): WorkshopState {
  switch (event.type) {
    case 'workshopCreated': {
      const { type: _type, workshopId, ...fields } = event;
      return { ...state, ...fields, id: workshopId, exists: true, createdAt: at };
    }
    case 'workshopUpdated': {
      const { type: _type, ...fields } = event;
      return { ...state, ...fields };
    }
    case 'facilitatorAdded':
      return {
        ...state,
        facilitators: {
          ...state.facilitators,
          [event.accountId]: { accountId: event.accountId, name: event.name, role: event.role },
        },
      };
    case 'facilitatorRoleChanged': {
      const before = own(state.facilitators, event.accountId);
      if (!before) return state;
      return {
        ...state,
        facilitators: {
          ...state.facilitators,
          [before.accountId]: { ...before, role: event.role },
        },
      };
    }
    case 'partnershipAdded':
    case 'partnershipUpdated':
      return {
        ...state,
        partnerships: { ...state.partnerships, [event.partnership.id]: event.partnership },
      };
    case 'partnershipRemoved': {
      const { [event.partnershipId]: _removed, ...rest } = state.partnerships;
      return { ...state, partnerships: rest };
    }
    case 'participantJoined':
      return {
        ...state,
        participants: { ...state.participants, [event.participant.id]: event.participant },
      };
    case 'participantUpdated': {
      const before = own(state.participants, event.participantId);
      if (!before) return state;
      const { type: _type, participantId: _id, ...fields } = event;
      return {
        ...state,
        participants: { ...state.participants, [before.id]: { ...before, ...fields } },
      };
    }
    case 'participantRemoved': {
      const before = own(state.participants, event.participantId);
      if (!before) return state;
      return {
        ...state,
        participants: { ...state.participants, [before.id]: { ...before, removed: true } },
      };
    }
    case 'participantDetailsChanged': {
      const before = own(state.participants, event.participantId);
      if (!before) return state;
      const { partnershipId, side, language } = event;
      return {
        ...state,
        participants: {
          ...state.participants,
          [before.id]: { ...before, partnershipId, side, language },
        },
      };
    }
    case 'entryRequested':
      return {
        ...state,
        entryRequests: {
          ...state.entryRequests,
          [event.request.id]: { ...event.request, status: 'waiting' },
        },
      };
    case 'entryAdmitted':
    case 'entryRefused': {
      const before = own(state.entryRequests, event.requestId);
      if (!before) return state;
      const status = event.type === 'entryAdmitted' ? 'admitted' : 'refused';
      return {
        ...state,
        entryRequests: { ...state.entryRequests, [before.id]: { ...before, status } },
      };
    }
    case 'workshopClosed':
      return { ...state, closedAt: at };
    case 'reportTextEdited': {
      const { [event.sectionId]: _previous, ...others } = state.reportTexts ?? {};
      return {
        ...withTextEditHistory(state, event, at),
        reportTexts: event.text === '' ? others : { ...others, [event.sectionId]: event.text },
      };
    }
    case 'workshopReopened':
      return { ...state, closedAt: null };
    case 'workshopLocked':
      return { ...state, locked: true };
    case 'workshopUnlocked':
      return { ...state, locked: false };
    case 'activityAdded': {
      const kind = kinds.get(event.kind);
      const config = kind ? loadKindConfig(kind, event.config, event.configVersion) : event.config;
      const activity: ActivityInstance = {
        id: event.activityId,
        kind: event.kind,
        title: event.title,
        config,
        status: 'ready',
        state: kind ? kind.initialState(config) : null,
      };
      return {
        ...state,
        activities: { ...state.activities, [activity.id]: activity },
        activityOrder: [...state.activityOrder, activity.id],
      };
    }
    case 'activityConfigured': {
      const kind = kinds.get(own(state.activities, event.activityId)?.kind ?? '');
      const config = kind ? loadKindConfig(kind, event.config, event.configVersion) : event.config;
      return updateActivity(state, event.activityId, (a) => ({ ...a, config }));
    }
    case 'activityStarted':
      return {
        ...updateActivity(state, event.activityId, (a) => ({ ...a, status: 'running' })),
        currentActivityId: event.activityId,
        // Starting anything after the close means the day goes on.
        closedAt: null,
      };
    case 'activityStopped':
      return {
        ...updateActivity(state, event.activityId, (a) => ({ ...a, status: 'ended' })),
        currentActivityId:
          state.currentActivityId === event.activityId ? null : state.currentActivityId,
      };
    case 'activityRemoved': {
      // Its events stay in the log; the state forgets it (evolve skips unknown activities).
      const { [event.activityId]: _gone, ...activities } = state.activities;
      return {
        ...state,
        activities,
        activityOrder: state.activityOrder.filter((id) => id !== event.activityId),
        currentActivityId:
          state.currentActivityId === event.activityId ? null : state.currentActivityId,
      };
    }
    case 'blockUpdated': {
      // A live block and its activity share one title.
      const next = { ...state, programme: evolveProgramme(state.programme, event, at) };
      const activityId = own(state.programme.blocks, event.blockId)?.activityId;
      return activityId
        ? updateActivity(next, activityId, (a) => ({ ...a, title: event.title }))
        : next;
    }
    case 'blockStarted':
      return { ...state, programme: evolveProgramme(state.programme, event, at), closedAt: null };
    case 'reportPhotoAdded':
    case 'reportPhotoEdited':
    case 'reportPhotoRemoved':
      return { ...state, reportPhotos: evolveReportPhotos(state.reportPhotos, event) };
    case 'reportNoteAdded':
    case 'reportNoteEdited':
    case 'reportNoteRemoved':
    case 'reportNoteShared':
      return { ...state, reportNotes: evolveReportNotes(state.reportNotes ?? {}, event, at) };
    case 'reportItemHidden':
    case 'reportItemShown':
    case 'reportSectionsOrdered':
      return evolveReportLayout(state, event, at);
    default:
      return { ...state, programme: evolveProgramme(state.programme, event, at) };
  }
}

export function updateActivity(
  state: WorkshopState,
  activityId: string,
  update: (activity: ActivityInstance) => ActivityInstance,
): WorkshopState {
  const activity = state.activities[activityId];
  if (!activity) return state;
  return { ...state, activities: { ...state.activities, [activityId]: update(activity) } };
}
