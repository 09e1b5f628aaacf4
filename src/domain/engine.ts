import type { z } from 'zod';
import { validationParams } from './validationIssue.ts';
import type { AnyActivityKind, KindRegistry, Reference, ScheduledCommand } from './activity.ts';
import type { DecideContext } from './context.ts';
import { DomainError, ensure } from './errors.ts';
import type { DomainEvent, EventEnvelope, PendingEvent } from './events.ts';
import {
  facilitatorCommandSchema,
  participantCommandSchema,
  systemCommandSchema,
  type WorkshopCommand,
} from './workshop/commands.ts';
import { decideWorkshop } from './workshop/decide.ts';
import { WORKSHOP_EVENT_VERSION, type WorkshopEvent } from './workshop/events.ts';
import { evolveWorkshop, updateActivity } from './workshop/evolve.ts';
import { own } from './ids.ts';
import { ensureNoteTakerMay, maySteer } from './workshop/roles.ts';
import { createViewProjection } from './views/project.ts';
import { emptyWorkshop, type ActivityInstance, type WorkshopState } from './workshop/state.ts';

/** A command as it arrives: for the workshop itself (`activityId: null`) or for one activity. */
export interface CommandInput {
  readonly activityId: string | null;
  readonly command: unknown;
}

/**
 * The whole workshop as one pure decider: workshop-level commands plus every activity's own,
 * routed by `activityId` to the activity's kind. Server and client build the same engine from
 * the same registry, so the client applies exactly the server's `evolve`.
 */
export function createEngine(kinds: KindRegistry) {
  /**
   * What each activity offers, kept per activity object: activities are immutable, so only the
   * ones a batch changed are asked again (a note in a hall's busy activity should not make
   * every other activity list its references once more), and not even those when their kind
   * says the event left its references as they were (`keepsReferences`).
   */
  const offeredBy = new WeakMap<ActivityInstance, readonly Reference[]>();

  function decide(input: CommandInput, state: WorkshopState, ctx: DecideContext): PendingEvent[] {
    if (input.activityId === null) {
      const command = parseWorkshopCommand(input.command, state, ctx);
      return decideWorkshop(command, state, ctx, kinds).map((event) => ({
        activityId: null,
        v: WORKSHOP_EVENT_VERSION,
        event,
      }));
    }
    ensure(state.exists, 'WP_ERR_NOT_FOUND');
    const activity = own(state.activities, input.activityId);
    ensure(activity, 'WP_ERR_NOT_FOUND');
    const kind = kindOf(activity);
    const command = parse(kind.commandSchema, input.command);

    let participant = null;
    if (ctx.actor.kind === 'participant') {
      participant = own(state.participants, ctx.actor.participantId) ?? null;
      ensure(participant && !participant.removed, 'WP_ERR_PARTICIPANT_REMOVED');
      ensure(kind.participantCommands.includes(command.type), 'WP_ERR_FORBIDDEN');
      ensure(activity.status === 'running', 'WP_ERR_ACTIVITY_NOT_RUNNING');
    } else if (ctx.actor.kind === 'facilitator') {
      ensure(own(state.facilitators, ctx.actor.accountId), 'WP_ERR_FORBIDDEN');
      // A note-taker writes the minutes; running activities is the steering facilitators' work.
      ensure(maySteer(state, ctx.actor.accountId), 'WP_ERR_FORBIDDEN');
    }
    let offered: Reference[] | undefined;
    const events = kind.decide(command, activity.state, {
      now: ctx.now,
      actor: ctx.actor,
      newId: () => ctx.newId(),
      random: () => ctx.random(),
      // Read through, not copied: gathering who is connected costs O(people).
      get present() {
        return ctx.present;
      },
      config: activity.config,
      participant,
      participants: state.participants,
      partnerships: state.partnerships,
      // The system (timers) acts for the facilitators.
      isFacilitator: ctx.actor.kind !== 'participant',
      // Gathered only when a decision reads them (roles, tree): a note added in "De kracht
      // van de ander" should not walk every activity's state first.
      get references() {
        return (offered ??= references(state));
      },
    });
    return events.map((event) => ({ activityId: activity.id, v: kind.version, event }));
  }

  function parseWorkshopCommand(
    raw: unknown,
    state: WorkshopState,
    ctx: DecideContext,
  ): WorkshopCommand {
    switch (ctx.actor.kind) {
      case 'system':
        return parse(systemCommandSchema, raw);
      case 'facilitator':
        ensure(own(state.facilitators, ctx.actor.accountId), 'WP_ERR_FORBIDDEN');
        ensureNoteTakerMay(state, ctx.actor.accountId, raw);
        ensureOwnCommand(raw, FACILITATOR_TYPES);
        return parse(facilitatorCommandSchema, raw);
      case 'participant':
        ensureOwnCommand(raw, PARTICIPANT_TYPES);
        return parse(participantCommandSchema, raw);
    }
  }

  function evolve(state: WorkshopState, envelope: EventEnvelope): WorkshopState {
    if (envelope.activityId === null) {
      return evolveWorkshop(state, envelope.event as WorkshopEvent, envelope.at, kinds);
    }
    const activity = own(state.activities, envelope.activityId);
    if (!activity) return state;
    const kind = kinds.get(activity.kind);
    if (!kind) return state; // A kind removed from this build: keep its events, skip its state.
    const event = migrate(kind, envelope);
    const meta = { seq: envelope.seq, at: envelope.at, actor: envelope.actor };
    const next = updateActivity(state, activity.id, (a) => ({
      ...a,
      state: kind.evolve(a.state, event, meta),
    }));
    const offered = offeredBy.get(activity);
    const after = own(next.activities, activity.id);
    if (offered && after && kind.keepsReferences?.(event, after.state, after.status))
      offeredBy.set(after, offered);
    return next;
  }

  function replay(
    envelopes: Iterable<EventEnvelope>,
    from: WorkshopState = emptyWorkshop,
  ): WorkshopState {
    let state = from;
    for (const envelope of envelopes) state = evolve(state, envelope);
    return state;
  }

  /** Everything the workshop's activities offer by reference, from the state given. */
  function references(state: WorkshopState): Reference[] {
    const all: Reference[] = [];
    for (const id of state.activityOrder) {
      const activity = own(state.activities, id);
      const kind = activity ? kinds.get(activity.kind) : undefined;
      if (!activity || !kind?.references) continue;
      let offered = offeredBy.get(activity);
      if (!offered) {
        offered = kind.references(activity.state, activity.config, activity.id, activity.status);
        offeredBy.set(activity, offered);
      }
      all.push(...offered);
    }
    return all;
  }

  /** The server-side timers of every running activity. */
  function timers(state: WorkshopState): ActivityTimer[] {
    const due: ActivityTimer[] = [];
    for (const activity of Object.values(state.activities)) {
      const kind = kinds.get(activity.kind);
      if (activity.status !== 'running' || !kind?.timers) continue;
      for (const timer of kind.timers(activity.state, activity.config))
        due.push({ ...timer, activityId: activity.id });
    }
    return due;
  }

  function kindOf(activity: ActivityInstance): AnyActivityKind {
    const kind = kinds.get(activity.kind);
    ensure(kind, 'WP_ERR_UNKNOWN_KIND', { kind: activity.kind });
    return kind;
  }

  /** Runs in the browser: a participant's overlay folded into their audience's view. */
  function personalize(kind: string, view: unknown, overlay: unknown, participantId: string) {
    const k = kinds.get(kind);
    return k?.personalize && overlay !== null && overlay !== undefined
      ? k.personalize(view, overlay, participantId)
      : view;
  }

  return {
    kinds,
    decide,
    evolve,
    replay,
    references,
    timers,
    personalize,
    views: createViewProjection(kinds, references),
  };
}

export type Engine = ReturnType<typeof createEngine>;

/** A timer of one activity, as the server schedules it. */
export interface ActivityTimer extends ScheduledCommand<DomainEvent> {
  readonly activityId: string;
}

const typesOf = (schema: { options: readonly { shape: { type: { value: string } } }[] }) =>
  new Set(schema.options.map((o) => o.shape.type.value));
const FACILITATOR_TYPES = typesOf(facilitatorCommandSchema);
const PARTICIPANT_TYPES = typesOf(participantCommandSchema);
const ALL_TYPES = new Set([
  ...FACILITATOR_TYPES,
  ...PARTICIPANT_TYPES,
  ...typesOf(systemCommandSchema),
]);

/** A known command of another role is refused as forbidden, not as malformed. */
function ensureOwnCommand(raw: unknown, allowed: ReadonlySet<string>) {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && ALL_TYPES.has(type))
    ensure(allowed.has(type), 'WP_ERR_FORBIDDEN');
}

function migrate(kind: AnyActivityKind, envelope: EventEnvelope): DomainEvent {
  if (envelope.v === kind.version || !kind.migrateEvent) return envelope.event;
  return kind.migrateEvent(envelope.event, envelope.v);
}

/**
 * Parses with a zod schema; a failure becomes WP_ERR_VALIDATION naming the first bad field and
 * why (`field`, `reason`, and `limit` for lengths), so the client can say what to change.
 */
export function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const params = issue ? validationParams(issue, input) : { field: '', reason: 'invalid' };
  throw new DomainError('WP_ERR_VALIDATION', params, issue?.message);
}
