/**
 * Test kit: a workshop run purely in memory through the engine, as the server would run it,
 * with a fixed clock and predictable ids. Used by every activity's given/when/then tests.
 */
import type { Actor } from '../actors.ts';
import { DomainError } from '../errors.ts';
import type { KindRegistry } from '../activity.ts';
import { createEngine, type CommandInput } from '../engine.ts';
import type { DomainEvent, EventEnvelope } from '../events.ts';
import type { WorkshopEvent } from '../workshop/events.ts';
import {
  FACILITATOR as FACILITATORS,
  PROJECTOR,
  type Audience,
  type ViewPayload,
} from '../views/audience.ts';
import { emptyWorkshop, type Side, type WorkshopState } from '../workshop/state.ts';

export const FACILITATOR: Actor = { kind: 'facilitator', accountId: 'fac1' };
export const SYSTEM: Actor = { kind: 'system' };
export const participant = (participantId: string): Actor => ({
  kind: 'participant',
  participantId,
});

export function workshopHarness(kinds: KindRegistry, seed = 1) {
  const engine = createEngine(kinds);
  const log: EventEnvelope[] = [];
  const states: WorkshopState[] = [];
  let state: WorkshopState = emptyWorkshop;
  let now = Date.UTC(2026, 9, 9, 9, 0, 0);
  let nextId = 0;
  let randomState = seed;
  /** Everyone is "in the room" unless a test says otherwise. */
  const absent = new Set<string>();

  /** Runs one command and returns the plain events it produced (without envelopes). */
  function run(actor: Actor, input: CommandInput): DomainEvent[] {
    const pending = engine.decide(input, state, {
      now,
      actor,
      present: Object.keys(state.participants).filter((id) => !absent.has(id)),
      newId: () => `id${++nextId}`,
      // A small deterministic generator: tests must not depend on Math.random.
      random: () => {
        randomState = (randomState * 16807) % 2147483647;
        return randomState / 2147483647;
      },
    });
    for (const p of pending) {
      const envelope: EventEnvelope = {
        seq: log.length + 1,
        at: now,
        activityId: p.activityId,
        v: p.v,
        event: p.event,
        actor,
      };
      state = engine.evolve(state, envelope);
      log.push(envelope);
      states.push(state);
    }
    return pending.map((p) => p.event);
  }

  const harness = {
    engine,
    log,
    get state() {
      return state;
    },
    advance(ms: number) {
      now += ms;
    },
    get now() {
      return now;
    },
    /** Marks participants as not connected (for decisions that use `ctx.present`). */
    setAbsent(...ids: string[]) {
      absent.clear();
      for (const id of ids) absent.add(id);
    },
    run,
    workshop: (actor: Actor, command: unknown) => run(actor, { activityId: null, command }),
    activity: (actor: Actor, activityId: string, command: unknown) =>
      run(actor, { activityId, command }),
    /** A created workshop with one facilitator and one partnership. */
    create() {
      run(SYSTEM, {
        activityId: null,
        command: {
          type: 'createWorkshop',
          workshopId: 'w1',
          code: 'ACDEFG',
          title: 'Onderzoekswerkplaats',
          startsOn: '2026-10-09',
          endsOn: '2026-10-10',
          venue: 'Doorn',
          defaultLanguage: 'nl',
          lead: { accountId: 'fac1', name: 'Hans' },
        },
      });
      run(FACILITATOR, {
        activityId: null,
        command: {
          type: 'addPartnership',
          municipality: 'Utrecht',
          formalOrganisation: 'Buurtteam',
          informalOrganisation: 'Al Amal',
        },
      });
      return harness;
    },
    get partnershipId(): string {
      return Object.keys(state.partnerships)[0] ?? '';
    },
    join(participantId: string, side: Side, displayName = participantId) {
      run(SYSTEM, {
        activityId: null,
        command: {
          type: 'joinWorkshop',
          participantId,
          displayName,
          partnershipId: harness.partnershipId,
          side,
          language: 'nl',
        },
      });
      return harness;
    },
    /** Adds a programme block (30 minutes, no time) to the first day, made when there is none. */
    addBlock(title: string, extra: Record<string, unknown> = {}) {
      if (state.programme.days.length === 0)
        run(FACILITATOR, {
          activityId: null,
          command: { type: 'addDay', title: 'Dag 1', date: null },
        });
      const dayId = state.programme.days[0]!.id;
      run(FACILITATOR, {
        activityId: null,
        command: { type: 'addBlock', dayId, title, startTime: null, durationMin: 30, ...extra },
      });
      return harness;
    },
    /** Adds and starts an activity of `kind`; returns its id. */
    startActivity(kind: string, config?: unknown): string {
      const [added] = run(FACILITATOR, {
        activityId: null,
        command: { type: 'addActivity', kind, config },
      });
      if (added?.type !== 'activityAdded') throw new Error('activity was not added');
      const { activityId } = added as WorkshopEvent & { type: 'activityAdded' };
      run(FACILITATOR, { activityId: null, command: { type: 'startActivity', activityId } });
      return activityId;
    },
    activityState<S>(activityId: string): S {
      return state.activities[activityId]?.state as S;
    },
    /** One audience's view of an activity, as the server computes it (JSON round-tripped). */
    view<V = unknown>(activityId: string, audience: Audience): ViewPayload<V> {
      const payload = engine.views.computeView(state, { scope: 'activity', activityId, audience });
      if (!payload) throw new Error(`no view of ${activityId} for ${audience}`);
      return wire(payload) as ViewPayload<V>;
    },
    /** What the facilitators' console holds of an activity. */
    facilitatorSees<V = unknown>(activityId: string): V {
      return harness.view<V>(activityId, FACILITATORS).data;
    },
    /** What the projector holds of an activity. */
    projectorSees<V = unknown>(activityId: string): V {
      return harness.view<V>(activityId, PROJECTOR).data;
    },
    /** The participant's audience in an activity. */
    audienceOf(activityId: string, participantId: string): Audience | null {
      return engine.views.audienceOf(state, activityId, participantId);
    },
    /** A participant's overlay on an activity (null when the kind has none). */
    overlayOf<O = unknown>(activityId: string, participantId: string): ViewPayload<O> | null {
      const payload = engine.views.computeView(state, {
        scope: 'overlay',
        activityId,
        participantId,
      });
      return payload ? (wire(payload) as ViewPayload<O>) : null;
    },
    /**
     * What a participant's phone holds of an activity: their audience's view with their
     * overlay folded in, exactly as the browser composes it. Also everything on the wire for
     * them, as JSON (for "the secret never arrives" assertions).
     */
    participantSees<V = unknown>(activityId: string, participantId: string): V {
      return harness.phone<V>(activityId, participantId).state;
    },
    phone<V = unknown>(activityId: string, participantId: string): { state: V; wire: string } {
      const audience = harness.audienceOf(activityId, participantId);
      if (audience === null) throw new Error(`${participantId} has no audience`);
      const view = harness.view(activityId, audience);
      const overlay = harness.overlayOf(activityId, participantId);
      const kind = state.activities[activityId]?.kind ?? '';
      return {
        state: engine.personalize(kind, view.data, overlay?.data ?? null, participantId) as V,
        wire: JSON.stringify([view, overlay]),
      };
    },
  };
  return harness;
}

/**
 * A view as it arrives in the browser. A view must survive JSON unchanged (no `undefined`, no
 * class instances): patches are computed over JSON, so anything else would drift.
 */
function wire(payload: unknown): unknown {
  const json = JSON.stringify(payload);
  const parsed: unknown = JSON.parse(json);
  if (JSON.stringify(parsed) !== json) throw new Error('a view does not survive JSON');
  return parsed;
}

export type WorkshopHarness = ReturnType<typeof workshopHarness>;

/** The code a command is refused with, or 'accepted'. For `expect(refusal(() => …)).toBe(…)`. */
export function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'accepted';
}
