import { actorKey, type Actor } from '../../domain/actors.ts';
import type { CommandInput } from '../../domain/engine.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import type { EventEnvelope, PendingEvent } from '../../domain/events.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { createdIdOf } from './createdId.ts';
import { appendSeconds, batchCommands } from '../metrics.ts';
import { accepted, MAX_CONFLICT_RETRIES, type CommandOutcome, type Room } from './room.ts';

/** A command waiting to be stored, with the promise it answers. */
export interface Job {
  readonly actor: Actor;
  readonly input: CommandInput;
  readonly clientActionId: string | null;
  resolve(outcome: CommandOutcome): void;
  reject(error: unknown): void;
}

/** What deciding one job gave: events to store, nothing to do, or a refusal. */
type Decided =
  | { readonly job: Job; readonly events: PendingEvent[]; readonly before: number }
  | { readonly job: Job; readonly refused: DomainError }
  | { readonly job: Job; readonly failed: unknown };

/**
 * Group commit. Decides each job in arrival order against the state as the earlier jobs of the
 * batch leave it, then stores every resulting event in one transaction and answers each job
 * with its own range. A refusal changes nothing and does not stop the others.
 */
export async function runBatch(room: Room, batch: readonly Job[]): Promise<void> {
  const { deps, workshopId } = room.batchDeps;
  const todo = await withoutRepeats(room, batch);
  for (let attempt = 0; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
    await room.batchDeps.catchUp();
    const now = deps.now();
    const decided = decideAll(room, todo, now);
    const storing = decided.filter(
      (d): d is Extract<Decided, { events: PendingEvent[] }> =>
        'events' in d && d.events.length > 0,
    );
    if (storing.length === 0) return answer(decided, []);
    batchCommands.observe(storing.length);
    const stored = appendSeconds.startTimer();
    const result = await deps.store.appendBatch({
      workshopId,
      expectedSeq: room.batchDeps.seq(),
      at: now,
      entries: storing.map((d) => ({
        actor: d.job.actor,
        clientActionId: d.job.clientActionId,
        events: d.events,
      })),
    });
    stored();
    if (result.kind === 'conflict') continue; // another node wrote first: catch up, decide again
    if (result.kind === 'duplicate') {
      // Rare (a retry stored by another node meanwhile): take the careful path, one by one.
      for (const job of todo) await room.executeOne(job);
      return;
    }
    room.batchDeps.applyAppended(result.envelopes.flat());
    return answer(
      decided,
      storing.map((d, i) => [d.job, result.envelopes[i] ?? []] as const),
    );
  }
  for (const job of todo) job.resolve({ ok: false, error: new DomainError('WP_ERR_CONFLICT') });
}

/**
 * Jobs already stored (a retry after a lost answer) are answered from the store; a second copy
 * of a job within the batch waits for the first and gets its answer.
 */
async function withoutRepeats(room: Room, batch: readonly Job[]): Promise<Job[]> {
  const { deps, workshopId } = room.batchDeps;
  const firsts = new Map<string, Job>();
  const todo: Job[] = [];
  for (const job of batch) {
    if (!job.clientActionId) {
      todo.push(job);
      continue;
    }
    const key = `${actorKey(job.actor)} ${job.clientActionId}`;
    const first = firsts.get(key);
    if (first) {
      answerWith(first, job);
      continue;
    }
    const earlier = await deps.store.findCommand(
      workshopId,
      actorKey(job.actor),
      job.clientActionId,
    );
    if (earlier) job.resolve(await room.repeated(job.input, earlier));
    else {
      firsts.set(key, job);
      todo.push(job);
    }
  }
  return todo;
}

/** Makes `repeat` answer with `first`'s outcome (marked as a duplicate when it succeeded). */
function answerWith(first: Job, repeat: Job): void {
  const resolve = first.resolve;
  const reject = first.reject;
  Object.assign(first, {
    resolve: (outcome: CommandOutcome) => {
      resolve(outcome);
      repeat.resolve(outcome.ok ? { ...outcome, duplicate: true } : outcome);
    },
    reject: (error: unknown) => {
      reject(error);
      repeat.reject(error);
    },
  });
}

function decideAll(room: Room, jobs: readonly Job[], now: number): Decided[] {
  const { deps } = room.batchDeps;
  let state: WorkshopState = room.batchDeps.state();
  let seq = room.batchDeps.seq();
  // Who is connected: only pairing reads it, so it is gathered only if a decision asks.
  let present: readonly string[] | null = null;
  return jobs.map((job): Decided => {
    try {
      const events = deps.engine.decide(job.input, state, {
        now,
        actor: job.actor,
        newId: deps.newId,
        random: deps.random,
        get present() {
          return (present ??= deps.present());
        },
      });
      const before = seq;
      // Later jobs see what earlier ones did, exactly as the store will number it.
      for (const p of events) {
        state = deps.engine.evolve(state, {
          seq: ++seq,
          at: now,
          activityId: p.activityId,
          v: p.v,
          event: p.event,
          actor: job.actor,
        });
      }
      return { job, events, before };
    } catch (error) {
      return isDomainError(error) ? { job, refused: error } : { job, failed: error };
    }
  });
}

function answer(
  decided: readonly Decided[],
  stored: readonly (readonly [Job, readonly EventEnvelope[]])[],
): void {
  const ranges = new Map(stored);
  for (const d of decided) {
    if ('refused' in d) d.job.resolve({ ok: false, error: d.refused });
    else if ('failed' in d) d.job.reject(d.failed);
    else {
      const envelopes = ranges.get(d.job) ?? [];
      const first = envelopes[0];
      const last = envelopes.at(-1);
      // Nothing to record (e.g. locking a locked workshop): an empty range, first > last.
      const made = createdIdOf(
        d.job.input.command,
        d.events.map((p) => p.event),
      );
      d.job.resolve(
        first && last
          ? accepted({ firstSeq: first.seq, lastSeq: last.seq }, false, made)
          : { ok: true, firstSeq: d.before + 1, lastSeq: d.before, duplicate: false },
      );
    }
  }
}
