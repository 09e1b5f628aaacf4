import { ensure } from '../../domain/errors.ts';
import { usableRole, type Ctx } from './guards.ts';
import { own } from '../../domain/ids.ts';
import { listOf, sameRef, type RolesCommand, type RolesEvent, type RolesState } from './schema.ts';

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
      return [{ type: 'strengthUnlinked', roleId: role.id, strength: command.strength }];
    }
    case 'renameRole': {
      const role = usableRole(state, command.roleId, ctx);
      const description =
        command.description === undefined ? role.description : command.description;
      if (role.name === command.name && role.description === description) return [];
      return [{ type: 'roleRenamed', roleId: role.id, name: command.name, description }];
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
      const role = own(state.roles, command.roleId);
      ensure(role && !role.mergedInto, 'WP_ERR_NOT_FOUND');
      return role.hidden ? [] : [{ type: 'roleHidden', roleId: role.id }];
    }
    case 'unhideRole': {
      const role = own(state.roles, command.roleId);
      ensure(role && !role.mergedInto, 'WP_ERR_NOT_FOUND');
      return role.hidden ? [{ type: 'roleUnhidden', roleId: role.id }] : [];
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
      ensure(own(ctx.partnerships, group) || roles.length > 0, 'WP_ERR_NOT_FOUND');
      if (state.sharedGroups.includes(group)) return [];
      // Sharing is the fact; what the room then reads follows from the state in `view.ts`.
      return [{ type: 'groupShared', group }];
    }
  }
}

/**
 * Merging duplicates makes a new role; the originals stay (marked) so the log keeps both.
 * The event names the sources and the new wording; `evolve` joins their links and endorsers.
 */
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
  return {
    type: 'rolesMerged',
    roleId: ctx.newId(),
    sourceIds: ids,
    name: command.name,
    description: command.description === undefined ? first.description : command.description,
  };
}
