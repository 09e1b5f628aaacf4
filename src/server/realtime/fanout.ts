import type { Viewer } from '../../domain/actors.ts';
import type { Engine } from '../../domain/engine.ts';
import type { EventEnvelope } from '../../domain/events.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';

/** The per-connection delivery state: what was sent, what waits in the batch. */
export interface Delivery {
  synced: boolean;
  /** Log position this connection has been brought to (including events it may not see). */
  sentSeq: number;
  queue: EventEnvelope[];
  timer: NodeJS.Timeout | null;
  /** The viewer's group in each activity; a change means the client needs a fresh view. */
  groups: Map<string, string | null>;
  /** Set by `resync`: the next `hello` answers with a snapshot whatever `lastSeq` says. */
  needsSnapshot: boolean;
}

export function newDelivery(): Delivery {
  return {
    synced: false,
    sentSeq: 0,
    queue: [],
    timer: null,
    groups: new Map(),
    needsSnapshot: false,
  };
}

/** Viewers that redact alike share one redaction per batch (all projectors, all facilitators). */
export function viewerKey(viewer: Viewer): string {
  return viewer.kind === 'participant' ? `p:${viewer.participantId}` : viewer.kind;
}

/** Which group the viewer is in, per activity (participants only; others have none). */
export function groupsOf(
  engine: Engine,
  state: WorkshopState,
  viewer: Viewer,
): Map<string, string | null> {
  const groups = new Map<string, string | null>();
  if (viewer.kind !== 'participant') return groups;
  for (const activity of Object.values(state.activities)) {
    groups.set(activity.id, engine.activityViewer(viewer, activity, state).groupId);
  }
  return groups;
}

/**
 * True when the viewer moved to another group in an activity they already had: events cannot
 * patch that view. A new activity is not a move (its events start from its creation).
 */
export function movedGroup(
  before: ReadonlyMap<string, string | null>,
  after: ReadonlyMap<string, string | null>,
): boolean {
  for (const [activityId, group] of after) {
    if (before.has(activityId) && before.get(activityId) !== group) return true;
  }
  return false;
}

/**
 * Redacts a run of events once per distinct viewer. Returns, per viewer key, the events that
 * viewer may receive (in order).
 */
export function redactForViewers(
  engine: Engine,
  state: WorkshopState,
  envelopes: readonly EventEnvelope[],
  viewers: Iterable<Viewer>,
): Map<string, EventEnvelope[]> {
  const result = new Map<string, EventEnvelope[]>();
  for (const viewer of viewers) {
    const key = viewerKey(viewer);
    if (result.has(key)) continue;
    const visible: EventEnvelope[] = [];
    for (const envelope of envelopes) {
      const redacted = engine.redactEvent(envelope, viewer, state);
      if (redacted) visible.push(redacted);
    }
    result.set(key, visible);
  }
  return result;
}

/** A small token bucket: a phone may burst, but not flood the server with commands. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }
  take(now: number): boolean {
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.last) / 1000) * this.perSecond,
    );
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
