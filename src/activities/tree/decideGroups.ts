import { ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import { formMixedGroups } from './grouping.ts';
import { phases } from './phases.ts';
import {
  focusFor,
  groupList,
  groupOfParticipant,
  type Group,
  type TreeCommand,
  type TreeCtx,
  type TreeEvent,
  type TreeState,
} from './schema.ts';

type GroupingCommand = Extract<
  TreeCommand,
  { type: 'formGroups' | 'addGroup' | 'moveMember' | 'setFocus' }
>;

/** The facilitator's grouping commands: form mixed groups, add one, move people, set a focus. */
export function decideGrouping(
  command: GroupingCommand,
  state: TreeState,
  ctx: TreeCtx,
): TreeEvent[] {
  ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  switch (command.type) {
    case 'formGroups': {
      // Forming again is fine until building starts: nobody has written anything yet.
      phases.ensureIn(state.phase, 'grouping');
      const people = peopleInTheRoom(ctx);
      ensure(people.length > 0, 'WP_ERR_VALIDATION', { field: 'participants' });
      const size = command.groupSize ?? ctx.config.groupSize;
      const groups: Group[] = formMixedGroups(people, size, () => ctx.random()).map(
        (members, i) => ({
          id: ctx.newId(),
          number: i + 1,
          focus: focusFor(ctx.config, i),
          members,
        }),
      );
      return [{ type: 'groupsFormed', groups }];
    }
    case 'addGroup': {
      phases.ensureIn(state.phase, 'grouping', 'building');
      const existing = groupList(state);
      const number = Math.max(0, ...existing.map((g) => g.number)) + 1;
      const focus = command.focus ?? focusFor(ctx.config, existing.length);
      return [{ type: 'groupAdded', group: { id: ctx.newId(), number, focus, members: [] } }];
    }
    case 'moveMember': {
      phases.ensureIn(state.phase, 'grouping', 'building', 'shared');
      const person = own(ctx.participants, command.participantId);
      ensure(person && !person.removed, 'WP_ERR_NOT_FOUND');
      if (command.groupId !== null) ensure(own(state.groups, command.groupId), 'WP_ERR_NOT_FOUND');
      const from = groupOfParticipant(state, person.id)?.id ?? null;
      if (from === command.groupId) return [];
      return [
        {
          type: 'memberMoved',
          participantId: person.id,
          fromGroupId: from,
          toGroupId: command.groupId,
        },
      ];
    }
    case 'setFocus': {
      phases.ensureIn(state.phase, 'grouping', 'building', 'shared');
      const group = own(state.groups, command.groupId);
      ensure(group, 'WP_ERR_NOT_FOUND');
      return group.focus === command.focus
        ? []
        : [{ type: 'focusChanged', groupId: group.id, focus: command.focus }];
    }
  }
}

/** Who is grouped: those connected now and not removed; when nobody is connected, everyone. */
function peopleInTheRoom(ctx: TreeCtx) {
  const active = Object.values(ctx.participants).filter((p) => !p.removed);
  const present = new Set(ctx.present);
  return (present.size > 0 ? active.filter((p) => present.has(p.id)) : active)
    .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id))
    .map((p) => ({ id: p.id, partnershipId: p.partnershipId, side: p.side }));
}
