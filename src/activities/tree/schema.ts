import { z } from 'zod';
import type { ActivityContext } from '../../domain/activity.ts';
import { idSchema } from '../../domain/ids.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';
import { own } from '../../domain/ids.ts';
import { groupIdOf } from './indexes.ts';
import { itemsOfGroup } from './indexes.ts';

/**
 * The three parts of the tree: roots (wortels) are the essential preconditions, the watering
 * can (gieter) is what keeps the collaboration growing, fruits (vruchten) are the shared
 * positive outcomes. The order is the order of the report and the phone.
 */
export const ZONES = ['roots', 'wateringCan', 'fruits'] as const;
export type Zone = (typeof ZONES)[number];
export const zoneSchema = z.enum(ZONES);

/** A group's angle: support to individuals and families, or community processes. */
export const FOCUSES = ['individual', 'community'] as const;
export type Focus = (typeof FOCUSES)[number];
export const focusSchema = z.enum(FOCUSES);

/** What an item may point at: a role or a strength from an earlier activity. */
export const LINK_TYPES = ['role', 'strength'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const GROUP_SIZE = { min: 3, max: 8, default: 4 } as const;
/** A picture with more than this stops being a picture; the report keeps the lists. */
export const MAX_ITEMS_PER_GROUP = 60;
export const MAX_LINKS = 5;

export const configSchema = z.object({
  /** The largest group; the number of groups is the smallest that keeps every group this small. */
  groupSize: z.number().int().min(GROUP_SIZE.min).max(GROUP_SIZE.max),
  /** The focus of group 1, 2, 3…, repeated when there are more groups than entries. */
  focuses: z.array(focusSchema).min(1).max(12),
});
export type TreeConfig = z.infer<typeof configSchema>;
export type TreeCtx = ActivityContext<TreeConfig>;

export const linkSchema = z.object({
  type: z.enum(LINK_TYPES),
  activityId: idSchema,
  id: idSchema,
});
export type Link = z.infer<typeof linkSchema>;

const itemText = text(LIMITS.noteText);
const links = z.array(linkSchema).max(MAX_LINKS);

export const commandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('formGroups'),
    groupSize: z.number().int().min(GROUP_SIZE.min).max(GROUP_SIZE.max).optional(),
  }),
  z.object({ type: z.literal('addGroup'), focus: focusSchema.optional() }),
  z.object({
    type: z.literal('moveMember'),
    participantId: idSchema,
    groupId: idSchema.nullable(),
  }),
  z.object({ type: z.literal('setFocus'), groupId: idSchema, focus: focusSchema }),
  z.object({ type: z.literal('startBuilding') }),
  z.object({
    type: z.literal('addItem'),
    zone: zoneSchema,
    text: itemText,
    links: links.optional(),
  }),
  z.object({
    type: z.literal('editItem'),
    itemId: idSchema,
    text: itemText,
    links: links.optional(),
  }),
  z.object({ type: z.literal('deleteItem'), itemId: idSchema }),
  z.object({
    type: z.literal('moveItem'),
    itemId: idSchema,
    zone: zoneSchema,
    /** Place in the zone (0 = first); absent means at the end. */
    index: z.number().int().min(0).max(MAX_ITEMS_PER_GROUP).optional(),
  }),
  z.object({ type: z.literal('shareTrees') }),
  z.object({ type: z.literal('showTree'), groupId: idSchema.nullable() }),
  z.object({ type: z.literal('close') }),
]);
export type TreeCommand = z.infer<typeof commandSchema>;

export type Phase = 'grouping' | 'building' | 'shared' | 'closed';

/**
 * A group as an audience may see it: `members` (participant ids, in the order they were
 * placed) only where the audience may know them, null otherwise. See `viewShapes.ts`.
 */
export interface GroupView {
  readonly id: string;
  /** Shown as "Groep 1", "Groep 2"…; stable when groups are added later. */
  readonly number: number;
  readonly focus: Focus;
  readonly members: readonly string[] | null;
}

/** A group in the state: its members always known. */
export interface Group extends GroupView {
  readonly members: readonly string[];
}

/** One item on a group's tree. Private to the group until the trees are shared (see view.ts). */
export interface Item {
  readonly id: string;
  readonly groupId: string;
  readonly zone: Zone;
  /** Position within its zone (0 first); renumbered on every move. */
  readonly rank: number;
  readonly text: string;
  readonly links: readonly Link[];
  /** Who wrote it. In views: null for everyone but facilitators (a tree is group work). */
  readonly authorId: string | null;
}

export interface TreeState {
  readonly phase: Phase;
  readonly groups: Readonly<Record<string, Group>>;
  readonly items: Readonly<Record<string, Item>>;
  /** After sharing: the group whose tree the projector shows large; null = all side by side. */
  readonly shownGroupId: string | null;
}

/**
 * Version 2 events: plain facts. (Version 1 also carried what stateless redaction needed;
 * `migrate.ts` brings those to this shape.)
 */
export type TreeEvent =
  | { type: 'groupsFormed'; groups: Group[] }
  | { type: 'groupAdded'; group: Group }
  | {
      type: 'memberMoved';
      participantId: string;
      fromGroupId: string | null;
      toGroupId: string | null;
    }
  | { type: 'focusChanged'; groupId: string; focus: Focus }
  | { type: 'buildingStarted' }
  | {
      type: 'itemAdded';
      itemId: string;
      groupId: string;
      zone: Zone;
      rank: number;
      text: string;
      links: Link[];
      authorId: string | null;
    }
  | { type: 'itemEdited'; itemId: string; text: string; links: Link[] }
  | { type: 'itemMoved'; itemId: string; zone: Zone; index: number }
  | { type: 'itemDeleted'; itemId: string }
  | { type: 'treesShared' }
  | { type: 'treeShown'; groupId: string | null }
  | { type: 'closed' };

/** True once the facilitator shared the trees: from then on every tree is public in the room. */
export function isShared(phase: Phase): boolean {
  return phase === 'shared' || phase === 'closed';
}

/**
 * What the helpers below read: the full state on the server, or a view in the browser (whose
 * groups may leave their members out, and whose items are those the audience may read).
 */
export interface TreesLike<G extends GroupView = GroupView> {
  readonly groups: Readonly<Record<string, G>>;
  readonly items: Readonly<Record<string, Item>>;
}

/** Groups in their number order. */
export function groupList<G extends GroupView>(state: {
  readonly groups: Readonly<Record<string, G>>;
}): G[] {
  return Object.values(state.groups).sort((a, b) => a.number - b.number);
}

/** One group's items in one zone, in their order. */
export function zoneItems(state: Pick<TreesLike, 'items'>, groupId: string, zone: Zone): Item[] {
  // Through the per-group index: the cost of one tree, not of every tree in the room.
  return itemsOfGroup(state.items, groupId)
    .filter((i) => i.zone === zone)
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
}

/** The group a participant is in, if any (looked up in an index kept per `groups` object). */
export function groupOfParticipant<G extends GroupView>(
  state: { readonly groups: Readonly<Record<string, G>> },
  participantId: string,
): G | null {
  const groupId = groupIdOf(state.groups, participantId);
  return groupId === null ? null : (own(state.groups, groupId) ?? null);
}

/** The focus of the n-th group (0-based): the configured sequence, repeated. */
export function focusFor(config: TreeConfig, index: number): Focus {
  return config.focuses[index % config.focuses.length] ?? 'individual';
}
