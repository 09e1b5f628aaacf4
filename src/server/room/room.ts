import type { Actor } from '../../domain/actors.ts';
import type { CommandInput, Engine } from '../../domain/engine.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import type { EventEnvelope } from '../../domain/events.ts';
import { actorKey } from '../../domain/actors.ts';
import { emptyWorkshop, type WorkshopState } from '../../domain/workshop/state.ts';
import type { EventStore } from '../store/types.ts';
import { runBatch, type Job } from './batch.ts';
import { createdIdOf } from './createdId.ts';
import { SerialQueue } from './mutex.ts';

export type CommandOutcome =
  | {
      readonly ok: true;
      readonly firstSeq: number;
      readonly lastSeq: number;
      readonly duplicate: boolean;
      /** The id of what the command made (see `createdIdOf`), when it made something. */
      readonly createdId?: string;
    }
  | { readonly ok: false; readonly error: DomainError };

/** A stored command's answer; `createdId` only when there is one (JSON has no undefined). */
export function accepted(
  range: { readonly firstSeq: number; readonly lastSeq: number },
  duplicate: boolean,
  createdId: string | undefined,
): CommandOutcome {
  const { firstSeq, lastSeq } = range;
  return createdId === undefined
    ? { ok: true, firstSeq, lastSeq, duplicate }
    : { ok: true, firstSeq, lastSeq, duplicate, createdId };
}

export interface RoomDeps {
  readonly engine: Engine;
  readonly store: EventStore;
  readonly engineVersion: string;
  readonly snapshotEvery: number;
  now(): number;
  newId(): string;
  random(): number;
  /** Participants connected now (for decisions such as forming pairs in the room). */
  present(): readonly string[];
  /** Called with every run of newly applied events, in order, whichever node wrote them. */
  onApplied(room: Room, envelopes: readonly EventEnvelope[]): void;
  /** After a successful append: tell the other nodes. */
  publish(workshopId: string, envelopes: readonly EventEnvelope[]): void;
  onError(error: unknown, context: string): void;
}

/** How many recent events a room keeps for catch-up; clients further behind get a snapshot. */
export const RECENT_EVENTS = 1000;

/** The most commands stored in one transaction. */
const MAX_BATCH = 64;

/** How often to retry when another node appended between our read and our write. */
export const MAX_CONFLICT_RETRIES = 5;

/**
 * One workshop's live projection on this node, and the command path:
 * dedupe → catch up → decide (pure) → append (one transaction) → apply → publish.
 * The store, not this object, holds the truth: every node can load a room and every node can
 * write; an append against a stale head fails and is retried after catching up.
 */
export class Room {
  state: WorkshopState = emptyWorkshop;
  seq = 0;
  /** The latest events, for cheap catch-up of clients that were briefly away. */
  private recent: EventEnvelope[] = [];
  private snapshotSeq = 0;
  private readonly queue = new SerialQueue();
  private readonly waiting: Job[] = [];
  private draining = false;

  constructor(
    readonly workshopId: string,
    private readonly deps: RoomDeps,
  ) {}

  async load(): Promise<void> {
    const snapshot = await this.deps.store.loadSnapshot(this.workshopId);
    if (snapshot && snapshot.engineVersion === this.deps.engineVersion) {
      this.state = snapshot.state as WorkshopState;
      this.seq = snapshot.seq;
      this.snapshotSeq = snapshot.seq;
    }
    await this.catchUp(false);
  }

  /**
   * The events after `seq`, if this room still holds all of them; null if the caller must
   * take a snapshot instead. Synchronous, so nothing can be applied in between.
   */
  eventsAfter(seq: number): EventEnvelope[] | null {
    if (seq > this.seq) return null;
    if (seq === this.seq) return [];
    const first = this.recent[0];
    if (!first || first.seq > seq + 1) return null;
    return this.recent.slice(seq + 1 - first.seq);
  }

  /** Applies events from the store that this node has not seen yet. */
  async catchUp(notify = true): Promise<void> {
    const missing = await this.deps.store.readAfter(this.workshopId, this.seq);
    if (missing.length > 0) this.apply(missing, notify);
  }

  /** Events another node appended, as announced on the bus. */
  receive(envelopes: readonly EventEnvelope[]): Promise<void> {
    return this.queue.run(async () => {
      const first = envelopes[0];
      if (!first || (envelopes.at(-1)?.seq ?? 0) <= this.seq) return;
      if (first.seq === this.seq + 1) this.apply(envelopes, true);
      else await this.catchUp(); // a gap, or an overlap: the store is the authority
    });
  }

  /**
   * Runs a command. Commands that arrive while others are being stored wait and are then
   * stored together, in arrival order, in one transaction (group commit): a room full of phones
   * pays one disk flush per batch instead of one per note.
   */
  execute(
    actor: Actor,
    input: CommandInput,
    clientActionId: string | null,
  ): Promise<CommandOutcome> {
    return new Promise<CommandOutcome>((resolve, reject) => {
      this.waiting.push({ actor, input, clientActionId, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MAX_BATCH);
        // A failure of the store answers the whole batch with it (answered jobs ignore it).
        await this.queue
          .run(() => runBatch(this, batch))
          .catch((error: unknown) => {
            for (const job of batch) job.reject(error);
          });
      }
    } finally {
      this.draining = false;
    }
  }

  /** One command on its own: the path for a batch the store could not take at once. */
  async executeOne(job: Job): Promise<void> {
    try {
      job.resolve(await this.executeNow(job.actor, job.input, job.clientActionId));
    } catch (error) {
      if (isDomainError(error)) job.resolve({ ok: false, error });
      else job.reject(error);
    }
  }

  /**
   * The answer to a command that was stored before (a retry with the same `clientActionId`):
   * its range again, and the id it made then, read back from its stored events.
   */
  async repeated(
    input: CommandInput,
    range: { readonly firstSeq: number; readonly lastSeq: number },
  ): Promise<CommandOutcome> {
    const count = range.lastSeq - range.firstSeq + 1;
    const stored =
      count > 0 ? await this.deps.store.readAfter(this.workshopId, range.firstSeq - 1, count) : [];
    const made = createdIdOf(
      input.command,
      stored.map((e) => e.event),
    );
    return accepted(range, true, made);
  }

  /** What `runBatch` needs from the room (kept here so the room's fields stay private). */
  get batchDeps() {
    return {
      deps: this.deps,
      workshopId: this.workshopId,
      catchUp: () => this.catchUp(),
      state: () => this.state,
      seq: () => this.seq,
      applyAppended: (envelopes: readonly EventEnvelope[]) => {
        this.apply(envelopes, true);
        this.deps.publish(this.workshopId, envelopes);
        this.maybeSnapshot();
      },
    };
  }

  async executeNow(
    actor: Actor,
    input: CommandInput,
    clientActionId: string | null,
  ): Promise<CommandOutcome> {
    if (clientActionId) {
      const earlier = await this.deps.store.findCommand(
        this.workshopId,
        actorKey(actor),
        clientActionId,
      );
      if (earlier) return this.repeated(input, earlier);
    }
    for (let attempt = 0; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
      await this.catchUp();
      const now = this.deps.now();
      const present = this.deps.present;
      const pending = this.deps.engine.decide(input, this.state, {
        now,
        actor,
        newId: this.deps.newId,
        random: this.deps.random,
        get present() {
          return present();
        },
      });
      // Nothing to record (e.g. locking a locked workshop): an empty range, first > last.
      if (pending.length === 0)
        return { ok: true, firstSeq: this.seq + 1, lastSeq: this.seq, duplicate: false };
      const result = await this.deps.store.append({
        workshopId: this.workshopId,
        expectedSeq: this.seq,
        events: pending,
        actor,
        at: now,
        clientActionId,
      });
      if (result.kind === 'duplicate') return this.repeated(input, result);
      if (result.kind === 'appended') {
        this.apply(result.envelopes, true);
        this.deps.publish(this.workshopId, result.envelopes);
        this.maybeSnapshot();
        const first = result.envelopes[0]!;
        const made = createdIdOf(
          input.command,
          pending.map((p) => p.event),
        );
        return accepted({ firstSeq: first.seq, lastSeq: this.seq }, false, made);
      }
      // conflict: another node wrote first; catch up and decide again
    }
    return { ok: false, error: new DomainError('WP_ERR_CONFLICT') };
  }

  private apply(envelopes: readonly EventEnvelope[], notify: boolean) {
    const fresh = envelopes.filter((e) => e.seq > this.seq);
    for (const envelope of fresh) {
      if (envelope.seq !== this.seq + 1)
        throw new Error(`Gap in ${this.workshopId}: ${this.seq} → ${envelope.seq}`);
      this.state = this.deps.engine.evolve(this.state, envelope);
      this.seq = envelope.seq;
      this.recent.push(envelope);
    }
    if (this.recent.length > RECENT_EVENTS * 2) this.recent = this.recent.slice(-RECENT_EVENTS);
    if (notify && fresh.length > 0) this.deps.onApplied(this, fresh);
  }

  private maybeSnapshot() {
    if (this.seq - this.snapshotSeq < this.deps.snapshotEvery) return;
    this.snapshotSeq = this.seq;
    const snapshot = { seq: this.seq, engineVersion: this.deps.engineVersion, state: this.state };
    this.deps.store
      .saveSnapshot(this.workshopId, snapshot, this.deps.now())
      .catch((error) => this.deps.onError(error, 'snapshot'));
  }
}
