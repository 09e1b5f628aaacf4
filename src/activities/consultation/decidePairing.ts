import { ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import type { Ctx } from './guards.ts';
import { pairingOrder, roundRobin } from './pairing.ts';
import { phases } from './phases.ts';
import type {
  ConsultationCommand,
  ConsultationEvent,
  ConsultationState,
  Pairing,
} from './schema.ts';

type FacilitatorCommand = Extract<
  ConsultationCommand,
  {
    type:
      | 'suggestPairs'
      | 'setVisit'
      | 'confirmPairs'
      | 'reopenPairs'
      | 'shareVisit'
      | 'shareAll'
      | 'close'
      | 'reopen';
  }
>;

const samePairing = (a: Pairing, b: Pairing) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.keys(a).every((k) => own(b, k) === a[k]);

/**
 * The facilitator's part: the pairing (a round-robin suggestion, edited, then confirmed),
 * sharing with the room, and the phases. The caller has checked it is a facilitator.
 */
export function decidePairing(
  command: FacilitatorCommand,
  state: ConsultationState,
  ctx: Ctx,
): ConsultationEvent[] {
  switch (command.type) {
    case 'suggestPairs': {
      phases.ensureIn(state.phase, 'prepare');
      const order = pairingOrder(ctx.partnerships, ctx.participants);
      ensure(order.length >= 2, 'WP_ERR_CONFLICT', { reason: 'tooFewPartnerships' });
      const visits = roundRobin(order);
      return samePairing(visits, state.draft) ? [] : [{ type: 'pairsSuggested', visits }];
    }
    case 'setVisit': {
      phases.ensureIn(state.phase, 'prepare');
      const { visitorId, hostId } = command;
      ensure(own(ctx.partnerships, visitorId), 'WP_ERR_NOT_FOUND', { field: 'visitorId' });
      if (hostId !== null) {
        ensure(own(ctx.partnerships, hostId), 'WP_ERR_NOT_FOUND', { field: 'hostId' });
        ensure(hostId !== visitorId, 'WP_ERR_VALIDATION', { field: 'hostId' });
      }
      if ((own(state.draft, visitorId) ?? null) === hostId) return [];
      return [{ type: 'visitSet', visitorId, hostId }];
    }
    case 'confirmPairs': {
      phases.ensureMove(state.phase, 'visit');
      // Partnerships removed from the workshop since the draft was made drop out.
      const visits: Record<string, string> = {};
      for (const [visitorId, hostId] of Object.entries(state.draft))
        if (own(ctx.partnerships, visitorId) && own(ctx.partnerships, hostId))
          visits[visitorId] = hostId;
      ensure(Object.keys(visits).length > 0, 'WP_ERR_CONFLICT', { reason: 'noVisits' });
      return [{ type: 'pairsConfirmed', visits }];
    }
    case 'reopenPairs':
      phases.ensureMove(state.phase, 'prepare');
      return [{ type: 'pairsReopened' }];
    case 'shareVisit': {
      phases.ensureIn(state.phase, 'visit', 'closed');
      ensure(own(state.visits, command.visitorId), 'WP_ERR_NOT_FOUND', { field: 'visitorId' });
      if (own(state.shared, command.visitorId)) return [];
      return [{ type: 'visitsShared', visitorIds: [command.visitorId] }];
    }
    case 'shareAll': {
      phases.ensureIn(state.phase, 'visit', 'closed');
      const visitorIds = Object.keys(state.visits).filter((id) => !own(state.shared, id));
      return visitorIds.length === 0 ? [] : [{ type: 'visitsShared', visitorIds }];
    }
    case 'close':
      if (state.phase === 'closed') return [];
      phases.ensureMove(state.phase, 'closed');
      return [{ type: 'closed' }];
    case 'reopen':
      if (state.phase === 'visit') return [];
      phases.ensureMove(state.phase, 'visit');
      return [{ type: 'reopened' }];
  }
}
