import type { DomainEvent } from '../../domain/events.ts';
import type { Side } from '../../domain/workshop/state.ts';
import type { RolesEvent, StrengthRef } from './schema.ts';

/**
 * Version 1 events, as stored before views per audience: each carried what stateless
 * redaction needed to judge it alone (the role's `group` and `shared`, a `placeholder` flag,
 * whole roles in merges, unhides and reveals).
 */
interface RoleV1 {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
}

type RolesEventV1 =
  | (Extract<RolesEvent, { type: 'roleProposed' }> & { shared: boolean; placeholder: boolean })
  | { type: 'roleWithdrawn'; roleId: string; group: string }
  | { type: 'roleEndorsed' | 'endorsementWithdrawn'; roleId: string; participantId: string }
  | { type: 'strengthsLinked'; roleId: string; strengths: StrengthRef[] }
  | { type: 'strengthUnlinked'; roleId: string; strength: StrengthRef }
  | { type: 'roleRenamed'; roleId: string; name: string; description: string | null }
  | { type: 'rolesMerged'; mergedRole: RoleV1; sourceIds: string[] }
  | { type: 'rolesReordered'; group: string; side: Side; roleIds: string[] }
  | { type: 'roleHidden'; roleId: string; group: string }
  | { type: 'roleUnhidden'; role: RoleV1 }
  | { type: 'roleSpotlighted'; roleId: string | null }
  | { type: 'groupShared'; group: string; roles: unknown[] }
  | { type: 'closed' }
  | { type: 'reopened' };

/**
 * Brings a stored event to today's shape. Version 1 → 2 drops the copies made for redaction;
 * `evolve` now reads a role's list and sharing from the state, and builds a merged role from
 * its sources (exactly as `decide` built it for version 1, from the same state). Endorsement
 * events on the server always named their participant (only redacted copies did not).
 */
export function migrateEvent(event: DomainEvent, v: number): RolesEvent {
  if (v >= 2) return event as RolesEvent;
  const old = event as RolesEventV1;
  switch (old.type) {
    case 'roleProposed': {
      const { shared: _shared, placeholder: _placeholder, ...rest } = old;
      return rest;
    }
    case 'roleWithdrawn':
    case 'roleHidden':
      return { type: old.type, roleId: old.roleId };
    case 'roleEndorsed':
    case 'endorsementWithdrawn':
      return { type: old.type, roleId: old.roleId, participantId: old.participantId };
    case 'strengthsLinked':
      return { type: old.type, roleId: old.roleId, strengths: old.strengths };
    case 'strengthUnlinked':
      return { type: old.type, roleId: old.roleId, strength: old.strength };
    case 'roleRenamed':
      return { type: old.type, roleId: old.roleId, name: old.name, description: old.description };
    case 'rolesMerged': {
      const { id: roleId, name, description } = old.mergedRole;
      return { type: 'rolesMerged', roleId, sourceIds: old.sourceIds, name, description };
    }
    case 'roleUnhidden':
      return { type: 'roleUnhidden', roleId: old.role.id };
    case 'groupShared':
      return { type: 'groupShared', group: old.group };
    case 'rolesReordered':
    case 'roleSpotlighted':
    case 'closed':
    case 'reopened':
      return old;
  }
}
