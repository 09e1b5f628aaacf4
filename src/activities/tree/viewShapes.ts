import type { GroupView, Item, Phase, Zone } from './schema.ts';
import { own } from '../../domain/ids.ts';

export type { GroupView };

/**
 * What each audience of "Boom van de samenwerking" receives (computed in `view.ts` on the
 * server, drawn by `views/**` in the browser). Every audience gets this one shape, filled as
 * far as it may know:
 *
 * - facilitators: every group with its members, every item with its author;
 * - a group (`group:<id>`), while grouping and building: its own group, members named, and
 *   its own tree without authors; nothing of other groups;
 * - the projector while grouping and building: every group with its members' names, and per
 *   group and zone how many items there are (no text); an observer the same without names;
 * - everyone after sharing (`participants`, the projector, observers): every group without
 *   members and every tree without authors;
 * - a participant without a group before sharing: only the phase.
 */
export interface TreeView {
  readonly phase: Phase;
  readonly shownGroupId: string | null;
  readonly groups: Readonly<Record<string, GroupView>>;
  /** The items this audience may read, by id. */
  readonly items: Readonly<Record<string, Item>>;
  /**
   * Per group id and zone, how many items the group has that this audience cannot read (the
   * projector's counts while building). Empty for audiences that read what they need.
   * Not guarded for small groups: it counts items of group work, never people or authors.
   */
  readonly counts: Readonly<Record<string, ZoneCounts>>;
  /**
   * The group this view belongs to: set in a group's own view; on a phone after sharing it
   * comes from the overlay (`personalize`); null elsewhere.
   */
  readonly myGroupId: string | null;
}

export type ZoneCounts = Readonly<Record<Zone, number>>;

/** One phone's own part: which group I am in, and which items of its tree I wrote. */
export interface TreeOverlay {
  readonly groupId: string;
  readonly mine: readonly string[];
}

/** My group on a phone (after `personalize`), or null. */
export function myGroup(view: TreeView): GroupView | null {
  const id = view.myGroupId;
  return id === null ? null : (own(view.groups, id) ?? null);
}

/** How many items a group has in a zone, whether this audience reads them or only counts them. */
export function zoneCount(view: TreeView, groupId: string, zone: Zone): number {
  const counted = own(view.counts, groupId)?.[zone] ?? 0;
  let readable = 0;
  for (const item of Object.values(view.items))
    if (item.groupId === groupId && item.zone === zone) readable++;
  return counted + readable;
}
