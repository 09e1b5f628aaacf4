import { z } from 'zod';
import { idSchema } from '../../domain/ids.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';
import { sideSchema, type Side } from '../../domain/workshop/state.ts';

/**
 * "Toekomstplannen per samenwerkingsverband": each partnership writes its plan as typed data
 * (goals, actions, people to approach for support, open questions), so the follow-up space can
 * continue from it and the consultation can pick up the open questions.
 *
 * Why items and field-level edits, not a co-edited (Yjs) document: every part of a plan is a
 * short item with a few fields, edited on phones by a handful of people. An edit carries only
 * the fields that changed, so two phones editing different fields or items never lose each
 * other's work; the same field at once is "last writer wins", and the phone keeps what its
 * user is typing while the field has focus. Yjs would give letter-level merging inside one
 * sentence, at the cost of a document per item and a heavier phone; nobody writes one goal
 * together letter by letter, so items stay plain data (and plain JSON in the report).
 */

/** The four lists of a plan. */
export const LISTS = ['goals', 'actions', 'supporters', 'questions'] as const;
export type ListName = (typeof LISTS)[number];
export const listSchema = z.enum(LISTS);

/** Who takes an action on: the formal side, the informal side, or both together. */
export const WHO = ['formal', 'informal', 'both'] as const;
export type Who = (typeof WHO)[number];

/** At most this many items per list of one plan: room enough, and no flood. */
export const MAX_ITEMS = 200;

const longText = text(LIMITS.noteText);
const shortText = text(LIMITS.title);

/** The fields of each kind of item, as they are stored and shown. */
const fields = {
  goals: { text: longText },
  actions: {
    what: longText,
    who: z.enum(WHO).nullable(),
    /** Named people, optional ("Fatima en Joost"). */
    people: shortText.nullable(),
    /** When it should be done, in people's own words ("voor de zomer", "maart 2027"). */
    byWhen: shortText.nullable(),
    /** What support is needed to do it. */
    support: longText.nullable(),
  },
  /** Someone to approach for support ("draagvlak") within one side's own constituency. */
  supporters: { side: sideSchema, name: shortText, ask: longText.nullable() },
  questions: { text: longText },
} as const;

/** Optional fields of a new item may be left out: they start empty (null). */
const newItemSchema = z.discriminatedUnion('list', [
  z.object({ list: z.literal('goals'), ...fields.goals }),
  z.object({
    list: z.literal('actions'),
    what: fields.actions.what,
    who: fields.actions.who.default(null),
    people: fields.actions.people.default(null),
    byWhen: fields.actions.byWhen.default(null),
    support: fields.actions.support.default(null),
  }),
  z.object({
    list: z.literal('supporters'),
    side: fields.supporters.side,
    name: fields.supporters.name,
    ask: fields.supporters.ask.default(null),
  }),
  z.object({ list: z.literal('questions'), ...fields.questions }),
]);
export type NewItem = z.infer<typeof newItemSchema>;

/** An edit names its list and carries only the fields that changed (at least one). */
const changeSchema = z
  .discriminatedUnion('list', [
    z.object({ list: z.literal('goals'), ...fields.goals }).partial({ text: true }),
    z.object({ list: z.literal('actions'), ...fields.actions }).partial({
      what: true,
      who: true,
      people: true,
      byWhen: true,
      support: true,
    }),
    z
      .object({ list: z.literal('supporters'), ...fields.supporters })
      .partial({ side: true, name: true, ask: true }),
    z.object({ list: z.literal('questions'), ...fields.questions }).partial({ text: true }),
  ])
  .refine((change) => Object.keys(change).length > 1, { message: 'nothing changed' });
export type ItemChange = z.infer<typeof changeSchema>;

export const configSchema = z.object({
  /** What the facilitator asks of the partnerships, at the top of every phone. */
  intro: longText,
});
export type PlansConfig = z.infer<typeof configSchema>;

export const commandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('addItem'),
    item: newItemSchema,
    /** Facilitators say whose plan; participants always add to their own partnership's. */
    partnershipId: idSchema.optional(),
  }),
  z.object({ type: z.literal('editItem'), itemId: idSchema, change: changeSchema }),
  z.object({ type: z.literal('removeItem'), list: listSchema, itemId: idSchema }),
  z.object({ type: z.literal('sharePlan'), partnershipId: idSchema }),
  z.object({ type: z.literal('shareAllPlans') }),
  z.object({ type: z.literal('spotlightPlan'), partnershipId: idSchema.nullable() }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('reopen') }),
]);
export type PlansCommand = z.infer<typeof commandSchema>;
/** What a client sends (before defaults are filled in by parsing). */
export type PlansCommandInput = z.input<typeof commandSchema>;

export type Phase = 'write' | 'closed';

/** What every item has besides its own fields. */
interface ItemBase {
  readonly id: string;
  /** For the order of a list: items stay where they were added. */
  readonly createdSeq: number;
  /** Who added it; null when a facilitator did (and in every view but the console's). */
  readonly authorId: string | null;
}
export type Goal = ItemBase & { readonly text: string };
export type Action = ItemBase & {
  readonly what: string;
  readonly who: Who | null;
  readonly people: string | null;
  readonly byWhen: string | null;
  readonly support: string | null;
};
export type Supporter = ItemBase & {
  readonly side: Side;
  readonly name: string;
  readonly ask: string | null;
};
export type Question = ItemBase & { readonly text: string };

/** The item type of each list. */
export interface ItemOf {
  goals: Goal;
  actions: Action;
  supporters: Supporter;
  questions: Question;
}
export type AnyItem = ItemOf[ListName];

/** One partnership's plan: four lists, each a record keyed by item id (small patches). */
export interface Plan {
  readonly goals: Readonly<Record<string, Goal>>;
  readonly actions: Readonly<Record<string, Action>>;
  readonly supporters: Readonly<Record<string, Supporter>>;
  readonly questions: Readonly<Record<string, Question>>;
}

export interface PlansState {
  readonly phase: Phase;
  /** Per partnership id; a plan exists once its first item is added. */
  readonly plans: Readonly<Record<string, Plan>>;
  /** Partnerships whose plan the facilitator shared with the room. */
  readonly sharedPlans: readonly string[];
  /** The plan the projector shows now (a shared one), or null to show them in turn. */
  readonly spotlightId: string | null;
}

/** What happened, plainly; who may read it is decided in `view.ts` alone. */
export type PlansEvent =
  | {
      type: 'itemAdded';
      partnershipId: string;
      itemId: string;
      item: NewItem;
      authorId: string | null;
    }
  /** Only the fields in `change` changed; the others stay as they are. */
  | { type: 'itemEdited'; partnershipId: string; itemId: string; change: ItemChange }
  | { type: 'itemRemoved'; partnershipId: string; list: ListName; itemId: string }
  | { type: 'planShared'; partnershipId: string }
  | { type: 'planSpotlighted'; partnershipId: string | null }
  | { type: 'closed' }
  | { type: 'reopened' };

export const emptyPlan: Plan = { goals: {}, actions: {}, supporters: {}, questions: {} };

/** The items of one list in the order they were added. */
export function itemsOf<L extends ListName>(plan: Plan, list: L): ItemOf[L][] {
  const items = Object.values(plan[list]) as ItemOf[L][];
  return items.sort((a, b) => a.createdSeq - b.createdSeq);
}

/** How many items a plan holds, over all four lists. */
export function itemCount(plan: Plan): number {
  return LISTS.reduce((sum, list) => sum + Object.keys(plan[list]).length, 0);
}
