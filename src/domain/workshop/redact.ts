import type { Viewer } from '../actors.ts';
import type { WorkshopEvent } from './events.ts';
import type { Participant, WorkshopState } from './state.ts';

/**
 * What of a participant others may see: name, partnership and side are shared in the room;
 * the language choice is kept to the participant and the facilitators.
 */
function participantFor(participant: Participant, viewer: Viewer): Participant {
  if (viewer.kind === 'facilitator') return participant;
  if (viewer.kind === 'participant' && viewer.participantId === participant.id) return participant;
  return { ...participant, language: null };
}

/** Redacts a workshop-level event for one viewer; null means the viewer does not receive it. */
export function redactWorkshopEvent(event: WorkshopEvent, viewer: Viewer): WorkshopEvent | null {
  if (viewer.kind === 'facilitator') return event;
  switch (event.type) {
    case 'facilitatorAdded':
      return null;
    case 'participantJoined':
      return { ...event, participant: participantFor(event.participant, viewer) };
    case 'participantUpdated': {
      const self = viewer.kind === 'participant' && viewer.participantId === event.participantId;
      return self ? event : { ...event, language: null };
    }
    default:
      return event;
  }
}

/** Redacts the workshop-level part of the state (activities are redacted by their kinds). */
export function redactWorkshopFields(state: WorkshopState, viewer: Viewer): WorkshopState {
  if (viewer.kind === 'facilitator') return state;
  const participants: Record<string, Participant> = {};
  for (const p of Object.values(state.participants)) participants[p.id] = participantFor(p, viewer);
  return { ...state, facilitators: {}, participants };
}
