/**
 * Test kit: a workshop run purely in memory through the engine, as the server would run it,
 * with a fixed clock and predictable ids. Used by every activity's given/when/then tests.
 */
import type { Actor, Viewer } from '../actors.ts';
import { DomainError } from '../errors.ts';
import type { KindRegistry } from '../activity.ts';
import { createEngine, type CommandInput } from '../engine.ts';
import type { DomainEvent, EventEnvelope } from '../events.ts';
import type { WorkshopEvent } from '../workshop/events.ts';
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
    /** Every viewer of this workshop: facilitator, each participant, projector. */
    viewers(): Viewer[] {
      const people: Viewer[] = Object.values(state.participants).map((p) => ({
        kind: 'participant',
        participantId: p.id,
        side: p.side,
        partnershipId: p.partnershipId,
      }));
      return [{ kind: 'facilitator', accountId: 'fac1' }, ...people, { kind: 'projector' }];
    },
    /** The events a viewer receives from the whole log, redacted as the server would. */
    receivedBy(viewer: Viewer): EventEnvelope[] {
      return log.flatMap((e, i) => {
        const redacted = engine.redactEvent(e, viewer, states[i] ?? state);
        return redacted ? [redacted] : [];
      });
    },
    /**
     * The core privacy-and-sync property: for every viewer and every prefix of the log,
     * folding the redacted events gives exactly the redacted state. Returns the first mismatch.
     */
    checkRedactionConverges(): {
      viewer: Viewer;
      seq: number;
      expected: unknown;
      actual: unknown;
    } | null {
      for (const viewer of harness.viewers()) {
        let client = engine.redactState(emptyWorkshop, viewer);
        for (let i = 0; i < log.length; i++) {
          const envelope = log[i]!;
          const after = states[i]!;
          const redacted = engine.redactEvent(envelope, viewer, after);
          if (redacted) client = engine.evolve(client, redacted);
          const expected = engine.redactState(after, viewer);
          if (JSON.stringify(sortKeys(client)) !== JSON.stringify(sortKeys(expected))) {
            return { viewer, seq: envelope.seq, expected, actual: client };
          }
        }
      }
      return null;
    },
  };
  return harness;
}

/** Stable JSON for comparing states built in different orders. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
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
