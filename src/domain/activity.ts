import type { z } from 'zod';
import type { ActivityViewer, Actor } from './actors.ts';
import type { DecideContext } from './context.ts';
import type { DomainEvent } from './events.ts';
import type { Language } from './language.ts';
import type { ReportBlock } from './report.ts';
import type { Participant, Partnership } from './workshop/state.ts';

/** A flat message catalogue for one language (nested objects allowed), as in `src/i18n`. */
export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

/** What an activity's `decide` may know besides its own state. */
export interface ActivityContext<Config> extends DecideContext {
  readonly config: Config;
  /** The acting participant, when the actor is a participant. */
  readonly participant: Participant | null;
  readonly participants: Readonly<Record<string, Participant>>;
  readonly partnerships: Readonly<Record<string, Partnership>>;
  readonly isFacilitator: boolean;
}

/** Envelope facts an `evolve` may use (e.g. a note's creation time). */
export interface EventMeta {
  readonly seq: number;
  readonly at: number;
  readonly actor: Actor | null;
}

export interface ReportInput<Config> {
  readonly config: Config;
  readonly title: string;
  readonly language: Language;
  readonly participants: Readonly<Record<string, Participant>>;
  readonly partnerships: Readonly<Record<string, Partnership>>;
  /** Looks up a string in this kind's catalogue for the report's language. */
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
}

/**
 * The activity contract. One folder under `src/activities/<kind>/` implements it and one line
 * in `src/activities/registry.ts` registers it. Everything here is pure: no clock, randomness
 * or I/O except what arrives through `ctx`. See `docs/activity-contract.md`.
 *
 * Privacy rule: `redactEvent` must be a function of the event and the viewer only (no state),
 * so the server can redact a catch-up from the log as cheaply as a live event. An event that
 * needs different content for different viewers carries everything each of them may see (for
 * example a reveal carries the revealed notes), and `redactEvent` may turn one event into
 * another of the same union (for example a hidden note becomes a deletion for participants).
 * For every viewer, redacting the state after an event must equal applying the redacted event
 * to the redacted state before it; the shared test `checkRedactionConverges` proves it.
 */
export interface ActivityKind<
  Config,
  State,
  Command extends DomainEvent,
  Event extends DomainEvent,
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
  /** The viewer's group in this activity (e.g. their side), or null if they have none. */
  groupOf(state: State, participant: Participant): string | null;
  redactEvent(event: Event, viewer: ActivityViewer): Event | null;
  redactState(state: State, viewer: ActivityViewer): State;
  /** This activity's section of the report. */
  report(state: State, input: ReportInput<Config>): ReportBlock[];
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
export type AnyActivityKind = ActivityKind<unknown, unknown, DomainEvent, DomainEvent>;

export interface KindRegistry {
  get(kind: string): AnyActivityKind | undefined;
  all(): readonly AnyActivityKind[];
}

/** Helper that keeps a kind's own type parameters checked while registering it. */
export function defineActivityKind<C, S, Cmd extends DomainEvent, E extends DomainEvent>(
  kind: ActivityKind<C, S, Cmd, E>,
): ActivityKind<C, S, Cmd, E> {
  return kind;
}
