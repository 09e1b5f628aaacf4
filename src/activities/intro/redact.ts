import type { ActivityViewer } from '../../domain/actors.ts';
import type { IntroEvent, IntroState } from './schema.ts';

/**
 * Privacy of the introduction round: who talks with whom, and which question they ask, is
 * public in the room (people must find each other, and the projector may show the pairs).
 * The events hold participant ids and questions only: names, municipalities and sides come
 * from the workshop state, already redacted there, and languages are never part of them.
 * So every viewer receives the same events and state.
 */
export function redactEvent(event: IntroEvent, _viewer: ActivityViewer): IntroEvent | null {
  return event;
}

export function redactState(state: IntroState, _viewer: ActivityViewer): IntroState {
  return state;
}
