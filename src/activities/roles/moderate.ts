import { ensure } from '../../domain/errors.ts';
import { usableRole, type Ctx } from './guards.ts';
import {
  listOf,
  sameRef,
  type Role,
  type RolesCommand,
  type RolesEvent,
  type RolesState,
  type StrengthRef,
} from './schema.ts';

type ModerationCommand = Extract<
  RolesCommand,
  {
    type:
      | 'unlinkStrength'
      | 'renameRole'
      | 'mergeRoles'
      | 'moveRole'
      | 'hideRole'
      | 'unhideRole'
      | 'spotlightRole'
      | 'shareGroup';
  }
>;

/** The facilitator's tidying of the lists. The caller has checked the actor is a facilitator. */
export function moderate(command: ModerationCommand, state: RolesState, ctx: Ctx): RolesEvent[] {
  switch (command.type) {
    case 'unlinkStrength': {
      const role = usableRole(state, command.roleId, ctx);
      if (!role.strengths.some((s) => sameRef(s, command.strength))) return [];
      const { id: roleId, group, shared } = role;
      return [{ type: 'strengthUnlinked', roleId, group, shared, strength: command.strength }];
    }
    case 'renameRole': {
      const role = usableRole(state, command.roleId, ctx);
      const description =
        command.description === undefined ? role.description : command.description;
      if (role.name === command.name && role.description === description) return [];
      const { id: roleId, group, shared } = role;
      return [{ type: 'roleRenamed', roleId, group, shared, name: command.name, description }];
    }
    case 'mergeRoles':
      return [merge(state, command, ctx)];
    case 'moveRole': {
      const role = usableRole(state, command.roleId, ctx);
      const list = listOf(state, role.group, role.side).map((r) => r.id);
      const from = list.indexOf(role.id);
      const to = Math.min(command.toIndex, list.length - 1);
      if (from === to) return [];
      list.splice(from, 1);
      list.splice(to, 0, role.id);
      return [{ type: 'rolesReordered', group: role.group, side: role.side, roleIds: list }];
    }
    case 'hideRole': {
      const role = state.roles[command.roleId];
      ensure(role && !role.mergedInto, 'WP_ERR_NOT_FOUND');
      return role.hidden ? [] : [{ type: 'roleHidden', roleId: role.id, group: role.group }];
    }
    case 'unhideRole': {
      const role = state.roles[command.roleId];
      ensure(role && !role.mergedInto, 'WP_ERR_NOT_FOUND');
      return role.hidden ? [{ type: 'roleUnhidden', role: { ...role, hidden: false } }] : [];
    }
    case 'spotlightRole': {
      if (command.roleId !== null) {
        const role = usableRole(state, command.roleId, ctx);
        // The projector may show only what the whole room may see.
        ensure(role.shared, 'WP_ERR_WRONG_PHASE');
      }
      if (state.spotlightId === command.roleId) return [];
      return [{ type: 'roleSpotlighted', roleId: command.roleId }];
    }
    case 'shareGroup': {
      const group = command.partnershipId;
      const roles = Object.values(state.roles).filter((r) => r.group === group);
      ensure(ctx.partnerships[group] || roles.length > 0, 'WP_ERR_NOT_FOUND');
      if (state.sharedGroups.includes(group)) return [];
      // The reveal carries the content: viewers outside the group held placeholders until now.
      return [{ type: 'groupShared', group, roles: roles.map((r) => ({ ...r, shared: true })) }];
    }
  }
}

/** Merging duplicates makes a new role; the originals stay (marked) so the log keeps both. */
function merge(
  state: RolesState,
  command: Extract<RolesCommand, { type: 'mergeRoles' }>,
  ctx: Ctx,
): RolesEvent {
  const ids = [...new Set(command.roleIds)];
  ensure(ids.length >= 2, 'WP_ERR_VALIDATION', { field: 'roleIds' });
  const sources = ids.map((id) => usableRole(state, id, ctx));
  const first = sources[0];
  ensure(first, 'WP_ERR_NOT_FOUND');
  ensure(
    sources.every((r) => r.group === first.group && r.side === first.side),
    'WP_ERR_VALIDATION',
    { field: 'roleIds' },
  );
  const strengths: StrengthRef[] = [];
  for (const ref of sources.flatMap((r) => r.strengths))
    if (!strengths.some((s) => sameRef(s, ref))) strengths.push(ref);
  // One person endorsing two duplicates counts once for the merged role.
  const endorsers = [...new Set(sources.flatMap((r) => r.endorsers))];
  const mergedRole: Role = {
    id: ctx.newId(),
    group: first.group,
    side: first.side,
    name: command.name,
    description: command.description === undefined ? first.description : command.description,
    strengths,
    proposerId: null,
    anonymous: true,
    catalogKey: null,
    shared: first.shared,
    hidden: false,
    rank: Math.min(...sources.map((r) => r.rank)),
    createdSeq: 0, // set by evolve from the event's own sequence number
    endorsements: endorsers.length,
    endorsers,
    mergedFrom: ids,
    mergedInto: null,
    placeholder: false,
  };
  return { type: 'rolesMerged', mergedRole, sourceIds: ids };
}
