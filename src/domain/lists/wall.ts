import type { ActivityContext, ContributionRecord, ReportInput } from '../activity.ts';
import { ensure } from '../errors.ts';
import { own } from '../ids.ts';

/**
 * The rules of a wall of short contributions that everyone sees alike (what surprised you, a
 * plenary question): who wrote what, what a facilitator typed in from the room, who may change
 * or remove an item. Kinds keep their own event names; the decisions are the same.
 */
export interface WallItem {
  readonly id: string;
  /** Null when a facilitator typed it in. */
  readonly authorId: string | null;
  readonly hidden: boolean;
  /** Typed in by a facilitator: what someone said aloud in the room. */
  readonly spoken: boolean;
}

/**
 * Who a new item is by. A participant's item carries them as author (anonymous when the
 * config says so); a facilitator's is what someone said aloud: it has no author to show or
 * hide. Anyone else may not add.
 */
export function authorship(ctx: ActivityContext<{ readonly anonymous: boolean }>): {
  authorId: string | null;
  anonymous: boolean;
  spoken: boolean;
} {
  const authorId = ctx.participant?.id ?? null;
  if (!authorId) ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  return { authorId, anonymous: authorId ? ctx.config.anonymous : true, spoken: !authorId };
}

/** An item of the wall, or WP_ERR_NOT_FOUND (also for ids such as `__proto__`). */
export function knownWallItem<T extends WallItem>(
  items: Readonly<Record<string, T>>,
  id: string,
): T {
  const item = own(items, id);
  ensure(item, 'WP_ERR_NOT_FOUND');
  return item;
}

/**
 * An item the actor may change now: facilitators always; its author while the wall is open
 * (`ensureOpen` refuses otherwise) and as long as it is not hidden.
 */
export function changeableWallItem<T extends WallItem>(
  items: Readonly<Record<string, T>>,
  id: string,
  ctx: ActivityContext<unknown>,
  ensureOpen: () => void,
): T {
  const item = knownWallItem(items, id);
  if (ctx.isFacilitator) return item;
  ensure(!item.hidden, 'WP_ERR_NOT_FOUND');
  ensure(ctx.participant && item.authorId === ctx.participant.id, 'WP_ERR_NOT_YOUR_NOTE');
  ensureOpen();
  return item;
}

/**
 * Facilitators hide what participants wrote (the author may still want it back); only what
 * they typed in themselves is theirs to delete. Authors delete their own.
 */
export function ensureDeletable(item: WallItem, ctx: ActivityContext<unknown>): void {
  ensure(ctx.participant || item.spoken, 'WP_ERR_FORBIDDEN');
}

/** What a wall item needs for the research exports beside `WallItem`. */
export interface WallText extends WallItem {
  readonly text: string;
  readonly anonymous: boolean;
  readonly createdAt: number;
}

/**
 * A wall item as a research record. Spoken items (typed in by a facilitator) and anonymous
 * ones carry no author; and on a wall everyone shares, no side or partnership either, since
 * with those a single writer could be pointed at.
 */
export function wallRecord(
  item: WallText,
  input: ReportInput<{ readonly anonymous: boolean }>,
  fields: { readonly type: string; readonly phase: string; readonly codes: readonly string[] },
): ContributionRecord {
  const anonymous = item.spoken || item.anonymous || input.config.anonymous;
  const authorId = anonymous ? null : item.authorId;
  const author = authorId === null ? undefined : own(input.participants, authorId);
  return {
    id: item.id,
    ...fields,
    round: null,
    group: null,
    authorId,
    side: author?.side ?? null,
    partnershipId: author?.partnershipId ?? null,
    at: item.createdAt,
    text: item.text,
    links: [],
  };
}
