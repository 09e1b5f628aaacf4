import type { DomainEvent } from '../../domain/events.ts';
import type { PitchEvent } from './schema.ts';

/** The events whose shape changed in version 2, as version 1 wrote them. */
export type PitchEventV1 =
  | (Extract<PitchEvent, { type: 'pitchStarted' }> & { prep: string })
  | { type: 'finished'; preps: Record<string, string> };

/**
 * Version 1 events carried copies of the preparations they made public (`pitchStarted.prep`,
 * `finished.preps`), so each viewer could be sent the event redacted on its own. Since
 * version 2 the state holds the truth and `evolve` compacts a preparation as it is shared,
 * from the same state and with the same deterministic function decide used for those copies,
 * so dropping them replays to the same state.
 */
export function migrateEvent(event: DomainEvent, v: number): PitchEvent {
  if (v >= 2) return event as PitchEvent;
  const old = event as PitchEvent | PitchEventV1;
  switch (old.type) {
    case 'pitchStarted': {
      const { partnershipId, durationMs, endsAt } = old;
      return { type: 'pitchStarted', partnershipId, durationMs, endsAt };
    }
    case 'finished':
      return { type: 'finished' };
    default:
      return old;
  }
}
