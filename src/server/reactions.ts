import type { EventEnvelope } from '../domain/events.ts';
import type { WorkshopEvent } from '../domain/workshop/events.ts';

/**
 * What the server does when a workshop-level event happens (revoke a removed participant's
 * tokens, close their sockets, index a new join code), as one typed map per concern instead
 * of matching event-type strings by hand: a renamed event type is a compile error here.
 */
export type WorkshopReactions<Extra = void> = {
  readonly [T in WorkshopEvent['type']]?: (
    event: Extract<WorkshopEvent, { type: T }>,
    envelope: EventEnvelope,
    extra: Extra,
  ) => void;
};

/** Runs the reactions for every workshop-level event among `envelopes`, in order. */
export function react<Extra>(
  reactions: WorkshopReactions<Extra>,
  envelopes: readonly EventEnvelope[],
  extra: Extra,
): void {
  for (const envelope of envelopes) {
    if (envelope.activityId !== null) continue;
    const event = envelope.event as WorkshopEvent;
    const reaction = reactions[event.type] as
      ((e: WorkshopEvent, env: EventEnvelope, x: Extra) => void) | undefined;
    reaction?.(event, envelope, extra);
  }
}

/** The same, for reactions that wait for something (a write in the event's transaction). */
export type AsyncWorkshopReactions<Extra> = {
  readonly [T in WorkshopEvent['type']]?: (
    event: Extract<WorkshopEvent, { type: T }>,
    envelope: EventEnvelope,
    extra: Extra,
  ) => Promise<unknown>;
};

/** Runs async reactions one after the other, in log order. */
export async function reactInOrder<Extra>(
  reactions: AsyncWorkshopReactions<Extra>,
  envelopes: readonly EventEnvelope[],
  extra: Extra,
): Promise<void> {
  for (const envelope of envelopes) {
    if (envelope.activityId !== null) continue;
    const event = envelope.event as WorkshopEvent;
    const reaction = reactions[event.type] as
      ((e: WorkshopEvent, env: EventEnvelope, x: Extra) => Promise<unknown>) | undefined;
    await reaction?.(event, envelope, extra);
  }
}
