import type { EventMeta } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import {
  isShared,
  sameRef,
  type Role,
  type RolesEvent,
  type RolesState,
  type StrengthRef,
} from './schema.ts';

export const initialRolesState: RolesState = {
  phase: 'open',
  roles: {},
  sharedGroups: [],
  spotlightId: null,
};

function withRole(state: RolesState, role: Role): RolesState {
  return { ...state, roles: { ...state.roles, [role.id]: role } };
}

function update(state: RolesState, roleId: string, change: (role: Role) => Role): RolesState {
  const role = own(state.roles, roleId);
  return role ? withRole(state, change(role)) : state;
}

/** A spotlight on a role that left the lists goes out with it. */
function clearSpotlight(state: RolesState, gone: readonly string[]): RolesState {
  return state.spotlightId && gone.includes(state.spotlightId)
    ? { ...state, spotlightId: null }
    : state;
}

function withEndorsers(role: Role, endorsers: readonly string[]): Role {
  return { ...role, endorsers, endorsements: endorsers.length };
}

/**
 * The role a merge makes: on the first source's list, at the highest source's place, with
 * every source's links and endorsers once (one person endorsing two duplicates counts once).
 */
function mergedRole(
  state: RolesState,
  event: Extract<RolesEvent, { type: 'rolesMerged' }>,
  seq: number,
): Role | null {
  const sources = event.sourceIds.flatMap((id) => own(state.roles, id) ?? []);
  const first = sources[0];
  if (!first) return null;
  const strengths: StrengthRef[] = [];
  for (const ref of sources.flatMap((r) => r.strengths))
    if (!strengths.some((s) => sameRef(s, ref))) strengths.push(ref);
  const endorsers = [...new Set(sources.flatMap((r) => r.endorsers))];
  return {
    id: event.roleId,
    group: first.group,
    side: first.side,
    name: event.name,
    description: event.description,
    strengths,
    proposerId: null,
    anonymous: true,
    catalogKey: null,
    shared: first.shared,
    hidden: false,
    rank: Math.min(...sources.map((r) => r.rank)),
    createdSeq: seq,
    endorsements: endorsers.length,
    endorsers,
    mergedFrom: event.sourceIds,
    mergedInto: null,
  };
}

/** Applies one event, on the server only (browsers receive views). */
export function evolve(state: RolesState, event: RolesEvent, meta: EventMeta): RolesState {
  switch (event.type) {
    case 'roleProposed': {
      const { type: _type, roleId, ...fields } = event;
      return withRole(state, {
        ...fields,
        id: roleId,
        shared: isShared(state, event.group),
        hidden: false,
        createdSeq: meta.seq,
        endorsements: 0,
        endorsers: [],
        mergedFrom: [],
        mergedInto: null,
      });
    }
    case 'roleWithdrawn': {
      if (!own(state.roles, event.roleId)) return state;
      const { [event.roleId]: _gone, ...roles } = state.roles;
      return clearSpotlight({ ...state, roles }, [event.roleId]);
    }
    case 'roleEndorsed':
      return update(state, event.roleId, (role) =>
        role.endorsers.includes(event.participantId)
          ? role
          : withEndorsers(role, [...role.endorsers, event.participantId]),
      );
    case 'endorsementWithdrawn':
      return update(state, event.roleId, (role) =>
        withEndorsers(
          role,
          role.endorsers.filter((id) => id !== event.participantId),
        ),
      );
    case 'strengthsLinked':
      return update(state, event.roleId, (role) => ({
        ...role,
        strengths: [...role.strengths, ...event.strengths],
      }));
    case 'strengthUnlinked':
      return update(state, event.roleId, (role) => ({
        ...role,
        strengths: role.strengths.filter((s) => !sameRef(s, event.strength)),
      }));
    case 'roleRenamed':
      return update(state, event.roleId, (role) => ({
        ...role,
        name: event.name,
        description: event.description,
      }));
    case 'rolesMerged': {
      const merged = mergedRole(state, event, meta.seq);
      if (!merged) return state;
      let next = withRole(state, merged);
      for (const id of event.sourceIds)
        next = update(next, id, (role) => ({ ...role, mergedInto: merged.id }));
      return clearSpotlight(next, event.sourceIds);
    }
    case 'rolesReordered': {
      let next = state;
      event.roleIds.forEach((id, rank) => {
        next = update(next, id, (role) => ({ ...role, rank }));
      });
      return next;
    }
    case 'roleHidden':
      return clearSpotlight(
        update(state, event.roleId, (role) => ({ ...role, hidden: true })),
        [event.roleId],
      );
    case 'roleUnhidden':
      return update(state, event.roleId, (role) => ({ ...role, hidden: false }));
    case 'roleSpotlighted':
      return { ...state, spotlightId: event.roleId };
    case 'groupShared': {
      let next: RolesState = { ...state, sharedGroups: [...state.sharedGroups, event.group] };
      for (const role of Object.values(state.roles))
        if (role.group === event.group) next = withRole(next, { ...role, shared: true });
      return next;
    }
    case 'closed':
      return { ...state, phase: 'closed' };
    case 'reopened':
      return { ...state, phase: 'open' };
  }
}
