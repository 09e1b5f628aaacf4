import type { ActivityViewer } from '../../domain/actors.ts';
import type { Role, RolesEvent, RolesState } from './schema.ts';

/**
 * Privacy of "Wie speelt welke rol":
 * - the workshop's lists are everyone's; a municipality's lists reach only that municipality
 *   (and facilitators) until the facilitator shares them; everyone else holds a placeholder
 *   that counts but says nothing (no name, links, proposer or endorsements);
 * - who endorsed a role is known to facilitators only; a participant learns the count and
 *   whether they endorsed it themselves;
 * - anonymous roles never carry their proposer to anyone but the proposer and facilitators;
 * - hidden roles are gone for everyone but facilitators.
 */
function canRead(role: { group: string; shared: boolean }, viewer: ActivityViewer): boolean {
  return (
    viewer.kind === 'facilitator' ||
    role.shared ||
    (viewer.kind === 'participant' && role.group === viewer.groupId)
  );
}

function isSelf(viewer: ActivityViewer, participantId: string | null): boolean {
  return viewer.kind === 'participant' && participantId === viewer.participantId;
}

function proposerFor(
  role: Pick<Role, 'proposerId' | 'anonymous'>,
  viewer: ActivityViewer,
): string | null {
  if (viewer.kind === 'facilitator' || !role.anonymous || isSelf(viewer, role.proposerId))
    return role.proposerId;
  return null;
}

/** The fields an outsider may not know, emptied. Shared by event and state redaction. */
const UNKNOWN = {
  name: '',
  description: null,
  strengths: [],
  proposerId: null,
  anonymous: true,
  catalogKey: null,
  placeholder: true,
} as const;

export function roleFor(role: Role, viewer: ActivityViewer): Role {
  if (viewer.kind === 'facilitator') return role;
  if (!canRead(role, viewer)) {
    return { ...role, ...UNKNOWN, endorsements: 0, endorsers: [], mergedFrom: [] };
  }
  return {
    ...role,
    proposerId: proposerFor(role, viewer),
    endorsers: role.endorsers.filter((id) => isSelf(viewer, id)),
  };
}

export function redactEvent(event: RolesEvent, viewer: ActivityViewer): RolesEvent | null {
  if (viewer.kind === 'facilitator') return event;
  switch (event.type) {
    case 'roleProposed':
      if (!canRead(event, viewer)) return { ...event, ...UNKNOWN, strengths: [] };
      return { ...event, proposerId: proposerFor(event, viewer) };
    case 'roleEndorsed':
    case 'endorsementWithdrawn':
      if (!canRead(event, viewer)) return null;
      return isSelf(viewer, event.participantId) ? event : { ...event, participantId: null };
    case 'strengthsLinked':
    case 'strengthUnlinked':
    case 'roleRenamed':
      return canRead(event, viewer) ? event : null;
    case 'rolesMerged':
      return { ...event, mergedRole: roleFor(event.mergedRole, viewer) };
    case 'roleHidden':
      // For everyone but facilitators a hidden role simply leaves the list.
      return { type: 'roleWithdrawn', roleId: event.roleId, group: event.group };
    case 'roleUnhidden':
      return { ...event, role: roleFor(event.role, viewer) };
    case 'groupShared':
      return {
        ...event,
        roles: event.roles.filter((r) => !r.hidden).map((r) => roleFor(r, viewer)),
      };
    case 'roleWithdrawn':
    case 'rolesReordered':
    case 'roleSpotlighted':
    case 'closed':
    case 'reopened':
      return event;
  }
}

export function redactState(state: RolesState, viewer: ActivityViewer): RolesState {
  if (viewer.kind === 'facilitator') return state;
  const roles: Record<string, Role> = {};
  for (const role of Object.values(state.roles)) {
    if (!role.hidden) roles[role.id] = roleFor(role, viewer);
  }
  return { ...state, roles };
}
