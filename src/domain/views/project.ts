import type { AnyActivityKind, KindRegistry, Reach, Reference, ViewContext } from '../activity.ts';
import type { EventEnvelope } from '../events.ts';
import { own } from '../ids.ts';
import type { WorkshopEvent } from '../workshop/events.ts';
import type { ActivityInstance, WorkshopState } from '../workshop/state.ts';
import {
  type Audience,
  type PersonCard,
  type ViewPart,
  type ViewPayload,
  type ViewRef,
} from './audience.ts';
import { meView, workshopView } from './workshopView.ts';

/**
 * Computes views: the pure half of "views per audience". The server calls it once per audience
 * per batch; the browser only folds overlays in (`personalize`).
 */
export function createViewProjection(
  kinds: KindRegistry,
  references: (state: WorkshopState) => Reference[],
) {
  function kindOf(activity: ActivityInstance | undefined): AnyActivityKind | undefined {
    return activity ? kinds.get(activity.kind) : undefined;
  }

  function contextOf(state: WorkshopState, activity: ActivityInstance): ViewContext<unknown> {
    return {
      config: activity.config,
      participants: state.participants,
      partnerships: state.partnerships,
    };
  }

  /** The participant's audience in an activity; null when they are not in the workshop. */
  function audienceOf(
    state: WorkshopState,
    activityId: string,
    participantId: string,
  ): Audience | null {
    const activity = own(state.activities, activityId);
    const kind = kindOf(activity);
    const participant = own(state.participants, participantId);
    if (!activity || !kind || !participant || participant.removed) return null;
    return kind.audienceOf(activity.state, participant, activity.config);
  }

  /** Attaches the public cards of the people a view names. */
  function withPeople<D>(state: WorkshopState, part: ViewPart<D>): ViewPayload<D> {
    const people: Record<string, PersonCard> = {};
    for (const id of part.people ?? []) {
      const p = own(state.participants, id);
      if (p && !p.removed)
        people[id] = {
          id,
          displayName: p.displayName,
          partnershipId: p.partnershipId,
          side: p.side,
        };
    }
    return { data: part.data, people };
  }

  /**
   * One view, computed from the full state. `refs` gives the shared references (computed at
   * most once per batch by the caller). Null when the view does not exist (an unknown id).
   */
  function computeView(
    state: WorkshopState,
    ref: ViewRef,
    refs: () => readonly Reference[] = () => references(state),
  ): ViewPayload | null {
    switch (ref.scope) {
      case 'workshop':
        return withPeople(state, workshopView(state, ref.audience, refs()));
      case 'me':
        return withPeople(state, meView(state, ref.participantId));
      case 'activity': {
        const activity = own(state.activities, ref.activityId);
        const kind = kindOf(activity);
        if (!activity || !kind) return null;
        return withPeople(
          state,
          kind.view(activity.state, ref.audience, contextOf(state, activity)),
        );
      }
      case 'overlay': {
        const activity = own(state.activities, ref.activityId);
        const kind = kindOf(activity);
        if (!activity || !kind?.overlay) return null;
        const part = kind.overlay(activity.state, ref.participantId, contextOf(state, activity));
        return withPeople(state, part ?? { data: null });
      }
    }
  }

  /** Whether a kind has overlays at all (so the server opens no empty per-person views). */
  function hasOverlay(state: WorkshopState, activityId: string): boolean {
    return Boolean(kindOf(own(state.activities, activityId))?.overlay);
  }

  /**
   * Which participants an event may have moved to another audience or given another overlay.
   * Joins, updates and removals reach only their subject; other workshop events (starting an
   * activity, a new programme block) reach everyone, as do facilitators' and timers' events.
   */
  function reach(state: WorkshopState, envelope: EventEnvelope): Reach {
    if (envelope.activityId === null) {
      const event = envelope.event as WorkshopEvent;
      switch (event.type) {
        case 'participantJoined':
          return [event.participant.id];
        case 'participantUpdated':
        case 'participantDetailsChanged':
        case 'participantRemoved':
          return [event.participantId];
        // The door and the day's end change shared views only: a knock is for staff, and
        // "closed" is in every phone's workshop view, not in anyone's own record.
        case 'entryRequested':
        case 'entryAdmitted':
        case 'entryRefused':
        case 'workshopClosed':
        case 'workshopReopened':
        case 'reportTextEdited':
          return [];
        default:
          return 'all';
      }
    }
    const activity = own(state.activities, envelope.activityId);
    const kind = kindOf(activity);
    const meta = { seq: envelope.seq, at: envelope.at, actor: envelope.actor };
    if (kind?.reaches) return kind.reaches(envelope.event, meta);
    return envelope.actor?.kind === 'participant' ? [envelope.actor.participantId] : 'all';
  }

  return { audienceOf, computeView, hasOverlay, reach };
}

export type ViewProjection = ReturnType<typeof createViewProjection>;
