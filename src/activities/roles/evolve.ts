import type { EventMeta } from '../../domain/activity.ts';
import { sameRef, type Role, type RolesEvent, type RolesState } from './schema.ts';

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
  const role = state.roles[roleId];
  return role ? withRole(state, change(role)) : state;
}

/** A spotlight on a role that left the lists goes out with it. */
function clearSpotlight(state: RolesState, gone: readonly string[]): RolesState {
  return state.spotlightId && gone.includes(state.spotlightId)
    ? { ...state, spotlightId: null }
    : state;
}

/** Applies one event. Also runs on clients, on events already redacted for them. */
export function evolve(state: RolesState, event: RolesEvent, meta: EventMeta): RolesState {
  switch (event.type) {
    case 'roleProposed': {
      const { type: _type, roleId, ...fields } = event;
      return withRole(state, {
        ...fields,
        id: roleId,
        hidden: false,
        createdSeq: meta.seq,
        endorsements: 0,
        endorsers: [],
        mergedFrom: [],
        mergedInto: null,
      });
    }
    case 'roleWithdrawn': {
      const { [event.roleId]: _gone, ...roles } = state.roles;
      return clearSpotlight({ ...state, roles }, [event.roleId]);
    }
    case 'roleEndorsed':
      return update(state, event.roleId, (role) => ({
        ...role,
        endorsements: role.endorsements + 1,
        endorsers:
          event.participantId && !role.endorsers.includes(event.participantId)
            ? [...role.endorsers, event.participantId]
            : role.endorsers,
      }));
    case 'endorsementWithdrawn':
      return update(state, event.roleId, (role) => ({
        ...role,
        endorsements: Math.max(0, role.endorsements - 1),
        endorsers: role.endorsers.filter((id) => id !== event.participantId),
      }));
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
      let next = withRole(state, { ...event.mergedRole, createdSeq: meta.seq });
      for (const id of event.sourceIds)
        next = update(next, id, (role) => ({ ...role, mergedInto: event.mergedRole.id }));
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
      return withRole(state, event.role);
    case 'roleSpotlighted':
      return { ...state, spotlightId: event.roleId };
    case 'groupShared': {
      let next: RolesState = { ...state, sharedGroups: [...state.sharedGroups, event.group] };
      for (const role of event.roles) next = withRole(next, role);
      return next;
    }
    case 'closed':
      return { ...state, phase: 'closed' };
    case 'reopened':
      return { ...state, phase: 'open' };
  }
}
