import type { DecideContext } from '../context.ts';
import { ensure } from '../errors.ts';
import { own } from '../ids.ts';
import type { Language } from '../language.ts';
import type { WorkshopEvent } from './events.ts';
import { LIMITS } from './limits.ts';
import { waitingRequests, type Side, type WorkshopState } from './state.ts';

/** Where a participant belongs, as the commands that change it carry it. */
export interface Details {
  readonly partnershipId: string | null;
  readonly side: Side;
  readonly language: Language;
}

/**
 * A participant's municipality, side and language, corrected. "No municipality" (null) is a
 * choice like any other; an unknown partnership is refused. Nothing changed, nothing recorded.
 */
export function changeDetails(
  state: WorkshopState,
  participantId: string,
  details: Details,
): WorkshopEvent[] {
  const participant = own(state.participants, participantId);
  ensure(participant, 'WP_ERR_NOT_FOUND');
  ensure(!participant.removed, 'WP_ERR_PARTICIPANT_REMOVED');
  checkPartnership(state, details.partnershipId);
  if (
    participant.partnershipId === details.partnershipId &&
    participant.side === details.side &&
    participant.language === details.language
  )
    return [];
  return [{ type: 'participantDetailsChanged', participantId, ...details }];
}

export function checkPartnership(state: WorkshopState, partnershipId: string | null): void {
  ensure(partnershipId === null || own(state.partnerships, partnershipId), 'WP_ERR_VALIDATION', {
    field: 'partnershipId',
  });
}

/**
 * Someone at the closed door asks to come in. Only while the door is closed (an open door
 * lets them join straight away), and never more than the waiting list holds.
 */
export function requestEntry(
  state: WorkshopState,
  ctx: DecideContext,
  request: { requestId: string; displayName: string } & Details,
): WorkshopEvent[] {
  ensure(state.locked, 'WP_ERR_CONFLICT');
  // A refused phone may ask again, under the same id (its token stays the same).
  const before = own(state.entryRequests, request.requestId);
  ensure(
    !own(state.participants, request.requestId) && (!before || before.status === 'refused'),
    'WP_ERR_ALREADY_EXISTS',
  );
  checkPartnership(state, request.partnershipId);
  ensure(waitingRequests(state).length < LIMITS.waitingList, 'WP_ERR_RATE_LIMITED');
  const { requestId, ...fields } = request;
  return [{ type: 'entryRequested', request: { id: requestId, ...fields, requestedAt: ctx.now } }];
}

/**
 * The facilitator lets someone in: they join as the participant their phone already holds a
 * token for, the door stays as it is. Admitting twice is a no-op (two facilitators at once).
 */
export function admitEntry(
  state: WorkshopState,
  ctx: DecideContext,
  requestId: string,
): WorkshopEvent[] {
  const request = own(state.entryRequests, requestId);
  ensure(request, 'WP_ERR_NOT_FOUND');
  if (request.status === 'admitted') return [];
  const { id, displayName, partnershipId, side, language } = request;
  return [
    {
      type: 'participantJoined',
      participant: {
        id,
        displayName,
        // The partnership may have been removed while they waited.
        partnershipId:
          partnershipId && own(state.partnerships, partnershipId) ? partnershipId : null,
        side,
        language,
        joinedAt: ctx.now,
        removed: false,
      },
    },
    { type: 'entryAdmitted', requestId: id },
  ];
}

export function refuseEntry(state: WorkshopState, requestId: string): WorkshopEvent[] {
  const request = own(state.entryRequests, requestId);
  ensure(request, 'WP_ERR_NOT_FOUND');
  if (request.status !== 'waiting') return [];
  return [{ type: 'entryRefused', requestId }];
}
