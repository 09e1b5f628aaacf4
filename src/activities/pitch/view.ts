import type { Reach, ViewContext } from '../../domain/activity.ts';
import {
  FACILITATOR,
  PARTICIPANTS,
  type Audience,
  type ViewPart,
} from '../../domain/views/audience.ts';
import type { Participant } from '../../domain/workshop/state.ts';
import type { PitchConfig, PitchState, PitchView, Prep } from './schema.ts';

/**
 * Privacy of the elevator pitch, per audience:
 * - facilitators read every preparation as it is written;
 * - a municipality (`partnership:<id>`) reads its own preparation live, with the names of
 *   its members while preparing, and the others' once shared;
 * - the projector, observers and people without a municipality read only what is shared.
 * A preparation is shared when its pitch starts, or when the activity is done; it is then
 * compacted (evolve), so text typed and deleted stays with the group.
 */
const PARTNERSHIP = 'partnership:';

export function audienceOf(_state: PitchState, participant: Participant): Audience {
  // The groups are the municipalities; someone without one follows along with the room.
  return participant.partnershipId ? `${PARTNERSHIP}${participant.partnershipId}` : PARTICIPANTS;
}

export function view(
  state: PitchState,
  audience: Audience,
  ctx: ViewContext<PitchConfig>,
): ViewPart<PitchView> {
  if (audience === FACILITATOR) return { data: state };
  const ownId = audience.startsWith(PARTNERSHIP) ? audience.slice(PARTNERSHIP.length) : null;
  const preps: Record<string, Prep> = {};
  for (const [id, prep] of Object.entries(state.preps))
    if (prep.public || id === ownId) preps[id] = prep;
  const data = { ...state, preps };
  // The prep screen names the members writing with you; later screens name nobody.
  if (ownId === null || state.phase !== 'prepare') return { data };
  const people = Object.values(ctx.participants)
    .filter((p) => p.partnershipId === ownId && !p.removed)
    .map((p) => p.id);
  return { data, people };
}

/**
 * No pitch event moves anyone to another audience (audiences follow partnerships, which only
 * workshop events change) and there are no overlays: nobody needs to be re-subscribed.
 */
export function reaches(): Reach {
  return [];
}
