import type { Actor } from './actors.ts';

/** Every domain event is a plain object with a `type`; payload fields sit beside it. */
export interface DomainEvent {
  readonly type: string;
}

/**
 * An event as stored in the log and sent on the wire. `seq` is gap-free per workshop.
 * `actor` is present only for facilitators' eyes (see redaction); `activityId` is null for
 * workshop-level events (joins, locks, starting an activity).
 */
export interface EventEnvelope<E extends DomainEvent = DomainEvent> {
  readonly seq: number;
  readonly at: number;
  readonly activityId: string | null;
  /** Schema version of `event` when it was written; old versions are migrated on load. */
  readonly v: number;
  readonly event: E;
  readonly actor: Actor | null;
}

/** What a decider produces before the store gives it a sequence number. */
export interface PendingEvent<E extends DomainEvent = DomainEvent> {
  readonly activityId: string | null;
  readonly v: number;
  readonly event: E;
}
