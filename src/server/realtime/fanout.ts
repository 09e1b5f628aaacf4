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
  /** The viewer's groups across activities; a change means the client needs a fresh view. */
  groupKey: string;
}

export function newDelivery(): Delivery {
  return { synced: false, sentSeq: 0, queue: [], timer: null, groupKey: '' };
}

/** Viewers that redact alike share one redaction per batch (all projectors, all facilitators). */
export function viewerKey(viewer: Viewer): string {
  return viewer.kind === 'participant' ? `p:${viewer.participantId}` : viewer.kind;
}

/** A stable signature of which group the viewer is in, in every activity. */
export function groupKey(engine: Engine, state: WorkshopState, viewer: Viewer): string {
  if (viewer.kind !== 'participant') return '';
  return state.activityOrder
    .map((id) => {
      const activity = state.activities[id];
      return activity ? `${id}=${engine.activityViewer(viewer, activity, state).groupId ?? ''}` : '';
    })
    .join('&');
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
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
