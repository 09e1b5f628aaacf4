import { ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import {
  itemsToMerge,
  knownItem,
  moveInList,
  visibilityChange,
} from '../../domain/lists/moderation.ts';
import { usableRole, type Ctx } from './guards.ts';
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
      const roleIds = moveInList(list, role.id, command.toIndex);
      if (!roleIds) return [];
      return [{ type: 'rolesReordered', group: role.group, side: role.side, roleIds }];
    }
    case 'hideRole':
    case 'unhideRole': {
      const hide = command.type === 'hideRole';
      const role = visibilityChange(knownItem(state.roles, command.roleId), hide);
      if (!role) return [];
      return [{ type: hide ? 'roleHidden' : 'roleUnhidden', roleId: role.id }];
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
  // One list is one side of one group; a side's name holds no colon, so the key is unambiguous.
  const sources = itemsToMerge(
    state.roles,
    command.roleIds,
    (r) => `${r.side}:${r.group}`,
    'roleIds',
  );
  const ids = sources.map((r) => r.id);
  const first = sources[0]!;
  return {
    type: 'rolesMerged',
    roleId: ctx.newId(),
    sourceIds: ids,
    name: command.name,
    description: command.description === undefined ? first.description : command.description,
  };
}
