import type { Reach, ViewContext } from '../../domain/activity.ts';
import {
  FACILITATOR,
  OBSERVER,
  PARTICIPANTS,
  PROJECTOR,
  type Audience,
  type ViewPart,
} from '../../domain/views/audience.ts';
import { own } from '../../domain/ids.ts';
import type { Participant } from '../../domain/workshop/state.ts';
import { groupIdOf, itemsOfGroup } from './indexes.ts';
import {
  ZONES,
  isShared,
  type Group,
  type GroupView,
  type Item,
  type TreeConfig,
  type TreeEvent,
  type TreeState,
  type Zone,
} from './schema.ts';
import type { TreeOverlay, TreeView, ZoneCounts } from './viewShapes.ts';
import { keptCopies } from '../../domain/views/keptCopies.ts';

const GROUP_PREFIX = 'group:';
type Ctx = ViewContext<TreeConfig>;

/**
 * Before sharing, a participant sees as their group (`group:<id>`); without a group, as
 * everyone. After sharing every tree is public and nothing differs per group any more, so
 * everyone is one audience again (one view for the hall instead of one per group); the
 * overlay says which tree is theirs.
 */
export function audienceOf(state: TreeState, participant: Participant): Audience {
  if (isShared(state.phase)) return PARTICIPANTS;
  const groupId = groupIdOf(state.groups, participant.id);
  return groupId === null ? PARTICIPANTS : `${GROUP_PREFIX}${groupId}`;
}

/**
 * Privacy of "Boom van de samenwerking" (see `viewShapes.ts` for what each audience gets):
 * - until the facilitator shares the trees, a group's items reach only that group and the
 *   facilitators; the projector gets counts per group and zone instead;
 * - who wrote an item is known only to its author (through their overlay) and facilitators;
 * - a phone learns the names of its own group's members, never the rest of the room.
 * A group's view costs the size of that group: there may be hundreds of them.
 */
export function view(state: TreeState, audience: Audience, ctx: Ctx): ViewPart<TreeView> {
  if (audience === FACILITATOR)
    return {
      data: {
        phase: state.phase,
        shownGroupId: state.shownGroupId,
        groups: state.groups,
        items: state.items,
        counts: {},
        myGroupId: null,
      },
    };
  if (isShared(state.phase)) return { data: sharedView(state) };
  if (audience === PROJECTOR || audience === OBSERVER)
    return roomView(state, audience === PROJECTOR, ctx);
  if (audience.startsWith(GROUP_PREFIX)) {
    const group = own(state.groups, audience.slice(GROUP_PREFIX.length));
    if (group) return groupView(state, group, ctx);
  }
  return { data: emptyView(state) };
}

/** Nothing but the phase: a participant without a group, before sharing. */
function emptyView(state: TreeState): TreeView {
  return {
    phase: state.phase,
    shownGroupId: null,
    groups: {},
    items: {},
    counts: {},
    myGroupId: null,
  };
}

/** One group's own tree and members, nothing of the other groups. */
function groupView(state: TreeState, group: Group, ctx: Ctx): ViewPart<TreeView> {
  const members = present(group.members, ctx);
  const items: Record<string, Item> = {};
  for (const item of itemsOfGroup(state.items, group.id)) items[item.id] = anonymous(item);
  return {
    data: {
      ...emptyView(state),
      groups: { [group.id]: { id: group.id, number: group.number, focus: group.focus, members } },
      items,
      myGroupId: group.id,
    },
    people: members,
  };
}

/** The big screen while grouping and building: who is in which group, and how far each is. */
function roomView(state: TreeState, withNames: boolean, ctx: Ctx): ViewPart<TreeView> {
  const groups: Record<string, GroupView> = {};
  const counts: Record<string, Record<Zone, number>> = {};
  const people: string[] = [];
  for (const group of Object.values(state.groups)) {
    const members = withNames ? present(group.members, ctx) : null;
    if (members) people.push(...members);
    groups[group.id] = { id: group.id, number: group.number, focus: group.focus, members };
    counts[group.id] = Object.fromEntries(ZONES.map((z) => [z, 0])) as Record<Zone, number>;
  }
  for (const item of Object.values(state.items)) {
    const zones = own(counts, item.groupId);
    if (zones) zones[item.zone]++;
  }
  const data: TreeView = {
    ...emptyView(state),
    groups,
    counts: counts as Record<string, ZoneCounts>,
  };
  return { data, people };
}

/** After sharing: every tree, for everyone alike; no members, no authors. */
function sharedView(state: TreeState): TreeView {
  const groups: Record<string, GroupView> = {};
  for (const g of Object.values(state.groups))
    groups[g.id] = { id: g.id, number: g.number, focus: g.focus, members: null };
  const items: Record<string, Item> = {};
  for (const item of Object.values(state.items)) items[item.id] = anonymous(item);
  return { ...emptyView(state), shownGroupId: state.shownGroupId, groups, items };
}

const anonymousItems = keptCopies<Item>();

function anonymous(item: Item): Item {
  return item.authorId === null
    ? item
    : anonymousItems(item, 'anonymous', (i) => ({ ...i, authorId: null }));
}

/** Members still in the workshop (a removed person's name is nobody's business any more). */
function present(members: readonly string[], ctx: Ctx): string[] {
  return members.filter((id) => own(ctx.participants, id)?.removed === false);
}

/** Which group I am in, and which of its items I wrote: null when I am in no group. */
export function overlay(state: TreeState, participantId: string): ViewPart<TreeOverlay> | null {
  const groupId = groupIdOf(state.groups, participantId);
  if (groupId === null) return null;
  const mine = itemsOfGroup(state.items, groupId)
    .filter((i) => i.authorId === participantId)
    .map((i) => i.id)
    .sort();
  return { data: { groupId, mine } };
}

/**
 * Whose audience or overlay an event may change: forming groups and sharing move everyone;
 * a move moves one person; a new item is its author's. Nothing else changes an audience or
 * an overlay, so a focus or an edit does not make the server recompute thousands of them.
 * (A deleted item may linger in its author's overlay until their next one: `personalize`
 * skips ids the view no longer holds.)
 */
export function reaches(event: TreeEvent): Reach {
  switch (event.type) {
    case 'groupsFormed':
    case 'treesShared':
      return 'all';
    case 'memberMoved':
      return [event.participantId];
    case 'itemAdded':
      return event.authorId === null ? [] : [event.authorId];
    default:
      return [];
  }
}
