import type { z } from 'zod';
import type { Actor } from './actors.ts';
import type { DecideContext } from './context.ts';
import type { DomainEvent } from './events.ts';
import type { Language } from './language.ts';
import type { ReportBlock } from './report.ts';
import type { Audience, ViewPart } from './views/audience.ts';
import type { ActivityStatus, Participant, Partnership, Side } from './workshop/state.ts';

/** A flat message catalogue for one language (nested objects allowed), as in `src/i18n`. */
export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

/**
 * Something one activity offers others as typed data, so a later activity can point at it
 * instead of copying text: a strength from "De kracht van de ander", a role, a tree item.
 * A reference is identified by (`activityId`, `id`); `text` is its current wording.
 */
export interface Reference {
  /** What it is, e.g. `strength` or `role`; other kinds filter on this. */
  readonly type: string;
  readonly activityId: string;
  readonly id: string;
  readonly text: string;
  /** The side it is about, when it is about one (a strength of informal workers). */
  readonly side: Side | null;
  /**
   * The partnership it belongs to, when it belongs to one (a plan's open question, the advice
   * one partnership gave another). Absent means none.
   */
  readonly partnershipId?: string;
}

/**
 * One contribution as research data: a row of the XLSX/CSV exports, a source of the QDPX
 * project. The exporter adds the activity, the author's municipality and language, and a
 * pseudonym; the kind says what the contribution is and where it came from.
 */
export interface ContributionRecord {
  /** The contribution's id, unique within its activity. */
  readonly id: string;
  /** What it is, e.g. `note`, `role`, `treeItem`, `prejudice`, `argument`. */
  readonly type: string;
  /** The step of the activity it was made in, in the report's language (`Schrijven`, `Plenair`). */
  readonly phase: string | null;
  readonly round: number | null;
  /** Where it was made, as people saw it: a side, a tree group's name, a municipality. */
  readonly group: string | null;
  /**
   * Who wrote it; null when a facilitator did, or when it was anonymous (to peers or to all):
   * anonymous work never carries an author in any export.
   */
  readonly authorId: string | null;
  /** The side and partnership it speaks for: the author's, or the group's when anonymous. */
  readonly side: Side | null;
  readonly partnershipId: string | null;
  /** Server time it was made, in milliseconds; null when the state does not keep it. */
  readonly at: number | null;
  readonly text: string;
  /** Codes from the activity's structure for qualitative analysis, e.g. `Kracht`, `Wortels`. */
  readonly codes: readonly string[];
  /** Other records it points at, e.g. a role → the strengths behind it. */
  readonly links: readonly { readonly activityId: string; readonly id: string }[];
}

/** One partnership's part of "Concrete plannen en acties", as one activity sees it. */
export interface ReportActions {
  readonly partnershipId: string;
  readonly blocks: readonly ReportBlock[];
}

/** A command the server sends on the activity's behalf at a given time (a round that ends). */
export interface ScheduledCommand<Command> {
  /** Identifies this timer; a new key is a new timer (include what makes it unique, e.g. the round). */
  readonly key: string;
  /** Server time in milliseconds. */
  readonly at: number;
  readonly command: Command;
}

/** What an activity's `decide` may know besides its own state. */
export interface ActivityContext<Config> extends DecideContext {
  readonly config: Config;
  /** The acting participant, when the actor is a participant. */
  readonly participant: Participant | null;
  readonly participants: Readonly<Record<string, Participant>>;
  readonly partnerships: Readonly<Record<string, Partnership>>;
  /** True for facilitators and for the server's own timer commands (actor `system`). */
  readonly isFacilitator: boolean;
  /** What other activities in this workshop offer by reference (see `ActivityKind.references`). */
  readonly references: readonly Reference[];
}

/** Envelope facts an `evolve` may use (e.g. a note's creation time). */
export interface EventMeta {
  readonly seq: number;
  readonly at: number;
  readonly actor: Actor | null;
}

export interface ReportInput<Config> {
  /** This activity's id, for links between its own records (advice → its question). */
  readonly activityId?: string;
  readonly config: Config;
  readonly title: string;
  readonly language: Language;
  readonly participants: Readonly<Record<string, Participant>>;
  readonly partnerships: Readonly<Record<string, Partnership>>;
  /** What the workshop's activities offer by reference (a role's strengths, in their words). */
  readonly references: readonly Reference[];
  /** Looks up a string in this kind's catalogue for the report's language. */
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
  /**
   * How the report names a participant: "Deelnemer 7 (Zaanstad, informeel)" unless the
   * facilitator chose names. Use it for every named contribution; never `displayName` itself.
   * Absent in old tests: fall back to a pseudonym of your own, never the name.
   */
  person?(participantId: string): string;
}

/** What a kind's `view` and `overlay` may read besides the state. */
export interface ViewContext<Config> {
  readonly config: Config;
  readonly participants: Readonly<Record<string, Participant>>;
  readonly partnerships: Readonly<Record<string, Partnership>>;
}

/**
 * Which participants an event may have given another audience or another overlay: `'all'`,
 * or a list of participant ids. See {@link ActivityKind.reaches}.
 */
export type Reach = 'all' | readonly string[];

/**
 * The activity contract. One folder under `src/activities/<kind>/` implements it and one line
 * in `src/activities/registry.ts` registers it. Everything here is pure: no clock, randomness
 * or I/O except what arrives through `ctx`. See `docs/activity-contract.md`.
 *
 * Privacy lives in views, never in events (docs/decisions/0010-views-per-audience.md): events
 * are plain facts of what happened and never leave the server; what each audience may see is
 * `view(state, audience)`, computed once per audience and sent as versioned patches. A
 * participant sees the view of their audience (`audienceOf`) plus their own small `overlay`
 * (my notes, my pair), which the browser folds in with `personalize`.
 */
export interface ActivityKind<
  Config,
  State,
  Command extends DomainEvent,
  Event extends DomainEvent,
  View = State,
  Overlay = unknown,
> {
  /** Stable id; also the folder name and the catalogue namespace. */
  readonly kind: string;
  /** Version of config and event shapes written today. Older ones pass through `migrate*`. */
  readonly version: number;
  readonly configSchema: z.ZodType<Config>;
  readonly commandSchema: z.ZodType<Command>;
  /** UI and report strings per language; `en` must have every key `nl` has. */
  readonly messages: Readonly<Record<Language, Catalogue>>;
  defaultConfig(language: Language): Config;
  initialState(config: Config): State;
  /** Which commands a participant may send; the rest are for facilitators only. */
  readonly participantCommands: readonly Command['type'][];
  /** Validates intent against state; returns the events that record it, or throws DomainError. */
  decide(command: Command, state: State, ctx: ActivityContext<Config>): Event[];
  evolve(state: State, event: Event, meta: EventMeta): State;
  /**
   * The audience a participant belongs to in this activity, e.g. `side:formal`,
   * `partnership:p1`, `group:g3`, or {@link PARTICIPANTS} when everyone sees the same.
   * Facilitators, the projector and observers are the audiences `facilitator`, `projector`
   * and `observer`.
   */
  audienceOf(state: State, participant: Participant, config: Config): Audience;
  /**
   * What one audience may see, as plain JSON-safe data (no `undefined`, no class instances).
   * `people` lists the participants the view names; the core attaches their public cards
   * (name, municipality, side), so a phone never needs the whole roster. Prefer records keyed
   * by id over arrays for lists that change: a patch then touches one entry, not every index.
   */
  view(state: State, audience: Audience, ctx: ViewContext<Config>): ViewPart<View>;
  /**
   * What one participant sees on top of their audience's view (my notes, my pair, my vote),
   * or null when there is nothing personal. Keep it small: it is computed per person.
   */
  overlay?(state: State, participantId: string, ctx: ViewContext<Config>): ViewPart<Overlay> | null;
  /** Runs in the browser: folds a participant's overlay into their audience's view. */
  personalize?(view: View, overlay: Overlay, participantId: string): View;
  /**
   * Which participants' audience or overlay this event may change. Default: the acting
   * participant for a participant's event, everyone for a facilitator's or the system's.
   */
  reaches?(event: Event, meta: EventMeta): Reach;
  /** This activity's section of the report. */
  report(state: State, input: ReportInput<Config>): ReportBlock[];
  /**
   * One record per contribution, for the research exports (XLSX, CSV, QDPX). Leave out what
   * the report leaves out (hidden, merged away); mark what was never shared in `phase`.
   */
  records?(state: State, input: ReportInput<Config>): ContributionRecord[];
  /**
   * What this activity adds to the report's "Concrete plannen en acties": per partnership its
   * blocks (goals, actions, supporters, open questions), headings relative to the part of the
   * partnership (level 3 is one below the municipality). The report orders the parts as the
   * workshop's partnerships and leaves out a partnership no activity gives blocks for.
   */
  reportActions?(state: State, input: ReportInput<Config>): ReportActions[];
  /**
   * A draft of the report's "Conclusie" from what this activity captured (the evaluation's
   * figures and a few answers), used only while the facilitators have not written their own.
   * Same privacy as `report`: small-group rule for counts, no names.
   */
  reportConclusion?(state: State, input: ReportInput<Config>): ReportBlock[];
  /**
   * What this activity offers other activities by reference, computed on the server from the
   * full state and sent to everyone in the workshop's views: offer only shared work.
   */
  references?(
    state: State,
    config: Config,
    activityId: string,
    status?: ActivityStatus,
  ): Reference[];
  /**
   * Whether `references` is the same after this event as before it (`state` is the state after
   * it). The engine then keeps the list it had instead of asking again: a strength note written
   * while its round is open offers nothing yet, and listing a hall's hundreds of notes again
   * after each one was about 7 % of the server's own work per note (1,000 phones). Leave it
   * out to be asked after every event.
   */
  keepsReferences?(event: Event, state: State, status: ActivityStatus): boolean;
  /**
   * Commands the server should send at given times while this activity runs (e.g. the next
   * round when a timer ends). The server runs each once, as the system, with an idempotency
   * key made from the activity and `key`, so several nodes firing the same timer store it once.
   */
  timers?(state: State, config: Config): readonly ScheduledCommand<Command>[];
  /**
   * The id of what this event made (a note, a prejudice, an action), so the server can answer
   * the command that made it with `createdId` and a phone can follow up on its own work.
   * Return undefined for events that make nothing.
   */
  madeId?(event: Event): string | undefined;
  /** Brings an event written at version `v` to today's shape. */
  migrateEvent?(event: DomainEvent, v: number): Event;
  /** Brings a config written at version `v` to today's shape. */
  migrateConfig?(config: unknown, v: number): Config;
}

/**
 * The registry as the engine sees it: kinds with their type parameters erased. Each kind is
 * type-checked against {@link ActivityKind} where it is defined; the methods are declared as
 * methods (bivariant parameters) so a concrete kind is assignable to this erased form.
 */
export type AnyActivityKind = ActivityKind<
  unknown,
  unknown,
  DomainEvent,
  DomainEvent,
  unknown,
  unknown
>;

export interface KindRegistry {
  get(kind: string): AnyActivityKind | undefined;
  all(): readonly AnyActivityKind[];
}

/** Helper that keeps a kind's own type parameters checked while registering it. */
export function defineActivityKind<
  C,
  S,
  Cmd extends DomainEvent,
  E extends DomainEvent,
  V = S,
  O = unknown,
>(kind: ActivityKind<C, S, Cmd, E, V, O>): ActivityKind<C, S, Cmd, E, V, O> {
  return kind;
}
