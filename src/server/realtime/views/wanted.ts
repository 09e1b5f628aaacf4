import type { Viewer } from '../../../domain/actors.ts';
import type { Engine } from '../../../domain/engine.ts';
import { FACILITATOR, PARTICIPANTS, PROJECTOR, viewKey } from '../../../domain/views/audience.ts';
import type { WorkshopState } from '../../../domain/workshop/state.ts';

/**
 * The views one connection holds, by need to know:
 * - facilitators: the workshop and every activity as facilitators see them;
 * - the projector: the workshop and the activity on screen, as the projector sees them;
 * - a phone: the workshop as participants see it, their own record, and the activity on
 *   screen as their audience sees it, with their overlay.
 */
export function wantedViews(engine: Engine, state: WorkshopState, viewer: Viewer): string[] {
  const current = state.currentActivityId;
  switch (viewer.kind) {
    case 'facilitator':
      return [
        viewKey({ scope: 'workshop', audience: FACILITATOR }),
        ...state.activityOrder.map((activityId) =>
          viewKey({ scope: 'activity', activityId, audience: FACILITATOR }),
        ),
      ];
    case 'projector':
    case 'observer': {
      const audience = viewer.kind === 'projector' ? PROJECTOR : 'observer';
      const keys = [viewKey({ scope: 'workshop', audience })];
      if (current) keys.push(viewKey({ scope: 'activity', activityId: current, audience }));
      return keys;
    }
    case 'participant': {
      const { participantId } = viewer;
      const keys = [
        viewKey({ scope: 'workshop', audience: PARTICIPANTS }),
        viewKey({ scope: 'me', participantId }),
      ];
      const audience = current ? engine.views.audienceOf(state, current, participantId) : null;
      if (current && audience !== null) {
        keys.push(viewKey({ scope: 'activity', activityId: current, audience }));
        if (engine.views.hasOverlay(state, current))
          keys.push(viewKey({ scope: 'overlay', activityId: current, participantId }));
      }
      return keys;
    }
  }
}
