import type { ActivityViewer } from '../../domain/actors.ts';
import type { PitchEvent, PitchState, Prep } from './schema.ts';

/**
 * Privacy of the elevator pitch:
 * - while preparing, a municipality's preparation reaches only its own participants (the
 *   group) and facilitators; the projector, observers and other municipalities get nothing;
 * - when its pitch starts, the event that starts it carries the preparation (compacted, so text
 *   typed and deleted stays private), and from then on everyone has it;
 * - finishing carries every preparation not yet shared: afterwards all are public.
 */
function canRead(partnershipId: string, viewer: ActivityViewer): boolean {
  return viewer.kind === 'facilitator' || viewer.groupId === partnershipId;
}

export function redactEvent(event: PitchEvent, viewer: ActivityViewer): PitchEvent | null {
  switch (event.type) {
    case 'prepEdited':
    case 'prepCompacted':
      // Edits happen only while preparing, when no preparation is public yet.
      return canRead(event.partnershipId, viewer) ? event : null;
    case 'orderSet':
    case 'pitchStarted':
    case 'pitchPaused':
    case 'pitchResumed':
    case 'minuteAdded':
    case 'pitchEnded':
    case 'finished':
      return event;
  }
}

export function redactState(state: PitchState, viewer: ActivityViewer): PitchState {
  if (viewer.kind === 'facilitator') return state;
  const preps: Record<string, Prep> = {};
  for (const [id, prep] of Object.entries(state.preps))
    if (prep.public || canRead(id, viewer)) preps[id] = prep;
  return { ...state, preps };
}
