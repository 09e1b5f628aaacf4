import fastJsonPatch, { type Operation } from 'fast-json-patch';
import type { CommandAck, HelloAck, PatchOperation, ViewAck } from '../../src/domain/protocol.ts';
import { now } from './stats.ts';

/** The marker a benchmark note carries in its text: `#n<worker>_<index>#`. */
export const MARKER = /#n(\d+_\d+)#/g;

/** Which connection the load generators use for phones (`--client`). */
export type ClientKind = 'lean' | 'socketio';

/** What a `view` message or view acknowledgement must carry; the rest only with `keepDocs`. */
export interface ViewHead {
  readonly view: string;
  readonly version: number;
  readonly data?: unknown;
  readonly people?: unknown;
}

/** What a `patch` message must carry; `ops` only when the message was parsed whole. */
export interface PatchHead {
  readonly view: string;
  readonly from: number;
  readonly to: number;
  readonly ops?: readonly PatchOperation[];
}

/**
 * One connection of the benchmark (a phone, the projector, the facilitator console), lean:
 * it keeps each view's version (to notice gaps and ask for the view again, as the browser
 * does) but by default not the view itself. What it measures:
 * - bytes and Socket.IO messages received (engine.io packets, counted as they arrive);
 * - when each benchmark note first arrived (a marker in the raw message), and repeats;
 * - when each version of its activity views arrived (a note's count reached it when a patch
 *   of version >= the note's log position did);
 * - when it first held a view whose name matches `watch` (its group's view).
 *
 * The bookkeeping lives here; how the wire is spoken is the subclass's: `Client` (client.ts)
 * over socket.io-client, `LeanClient` (leanClient.ts) over a bare WebSocket.
 */
export abstract class BenchClient {
  readonly versions = new Map<string, number>();
  /** Views whole, kept current with patches (only when asked: that costs client CPU). */
  readonly docs = new Map<string, { data: unknown; people: unknown }>();
  bytes = 0;
  messages = 0;
  gaps = 0;
  applyErrors = 0;
  disconnects = 0;
  /** Note id → first arrival time. */
  readonly arrivals = new ArrivalTimes();
  /** Note id → how many more times it arrived. */
  readonly repeats = new Map<string, number>();
  /** [version, time] of each activity-view patch or view, in arrival order. */
  readonly activityVersions: number[] = [];
  /** [seq, time] of each `synced` (staff get one per batch). */
  readonly synced: number[] = [];
  /** The size of each message that carried a note marker. */
  readonly markerMessageSizes: number[] = [];
  watch: RegExp | null = null;
  watchedAt: number | null = null;
  watchedView: string | null = null;
  /** Called after each message (the join storm's facilitator looks for new participants). */
  onMessage: ((event: string, payload: unknown, at: number) => void) | null = null;

  constructor(protected readonly keepDocs: boolean) {}

  /** Resolves once connected (rejects when the server refused the handshake). */
  abstract connected(): Promise<void>;
  abstract close(): void;
  /** An event with an acknowledgement, as socket.io-client's `timeout(ms).emitWithAck`. */
  protected abstract ask<T>(event: string, payload: unknown, timeoutMs: number): Promise<T>;

  async hello(): Promise<HelloAck> {
    const ack = await this.ask<HelloAck>('hello', { protocol: 2 }, 60_000);
    this.onHello(ack);
    return ack;
  }

  command(
    activityId: string | null,
    command: Record<string, unknown>,
    clientActionId: string,
  ): Promise<CommandAck> {
    return this.ask<CommandAck>('command', { clientActionId, activityId, command }, 30_000);
  }

  /** `view` with an acknowledgement (30 s): the view whole, after a patch that did not fit. */
  protected requestView(view: string): Promise<ViewAck> {
    return this.ask<ViewAck>('view', { view }, 30_000);
  }

  /** Forgets what was measured so far (a new measuring window starts). */
  reset(): void {
    this.bytes = 0;
    this.messages = 0;
    this.arrivals.clear();
    this.repeats.clear();
    this.activityVersions.length = 0;
    this.synced.length = 0;
    this.markerMessageSizes.length = 0;
    this.watchedAt = null;
    this.watchedView = null;
  }

  /** The note markers found in one message (each once), of `size` bytes. */
  protected noteArrivals(ids: ReadonlySet<string>, size: number, at: number): void {
    if (ids.size === 0) return;
    // The analysis reads the first 200: keep no more (a phone gets thousands in a long run).
    if (this.markerMessageSizes.length < 200) this.markerMessageSizes.push(size);
    for (const id of ids) {
      if (this.arrivals.has(id)) this.repeats.set(id, (this.repeats.get(id) ?? 0) + 1);
      else this.arrivals.set(id, at);
    }
  }

  protected onHello(ack: HelloAck): void {
    if (!ack.ok) return;
    const at = now();
    for (const v of ack.sync.views) this.onView(v, at);
  }

  protected onView(m: ViewHead, at: number): void {
    this.versions.set(m.view, m.version);
    if (this.keepDocs) this.docs.set(m.view, { data: m.data, people: m.people });
    if (m.view.startsWith('a/')) this.activityVersions.push(m.version, at);
    if (this.watch && this.watchedAt === null && this.watch.test(m.view)) {
      this.watchedAt = at;
      this.watchedView = m.view;
    }
    this.onMessage?.('view', m, at);
  }

  protected onPatch(m: PatchHead, at: number): void {
    const held = this.versions.get(m.view);
    if (held !== undefined && m.to <= held) return;
    if (held !== m.from) {
      // As the browser does: the patch does not fit what we hold, so ask for the view whole.
      this.gaps++;
      this.requestView(m.view).then(
        (ack) => {
          if (ack.ok) this.onView(ack, now());
        },
        () => undefined,
      );
      return;
    }
    this.versions.set(m.view, m.to);
    if (m.view.startsWith('a/')) this.activityVersions.push(m.to, at);
    const doc = this.docs.get(m.view);
    if (doc) {
      try {
        fastJsonPatch.applyPatch(doc, (m.ops ?? []) as Operation[], false, true);
      } catch {
        this.applyErrors++;
      }
    }
    this.onMessage?.('patch', m, at);
  }

  protected onViewDropped(view: string, at: number): void {
    this.versions.delete(view);
    this.docs.delete(view);
    this.onMessage?.('viewDropped', { view }, at);
  }

  protected onSynced(seq: number, at: number): void {
    this.synced.push(seq, at);
    this.onMessage?.('synced', { seq }, at);
  }
}

/**
 * Note ids numbered once per process, shared by all its phones: each phone then keeps its
 * arrival times in a typed array. With a `Map` per phone, a load generator holding 625 phones
 * kept 375,000 entries and id strings by the end of a 600-note run, and its garbage collector
 * paused it for long enough to show as late notes at the tail of "every phone".
 */
const noteNumbers = new Map<string, number>();

function noteNumber(id: string): number {
  let n = noteNumbers.get(id);
  if (n === undefined) noteNumbers.set(id, (n = noteNumbers.size));
  return n;
}

/** When each note first arrived at one phone (by note id), in a typed array. */
export class ArrivalTimes {
  private times = new Float64Array(0);

  get(id: string): number | undefined {
    const n = noteNumbers.get(id);
    const at = n === undefined ? Number.NaN : (this.times[n] ?? Number.NaN);
    return Number.isNaN(at) ? undefined : at;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, at: number): void {
    const n = noteNumber(id);
    if (n >= this.times.length) {
      const grown = new Float64Array(Math.max(64, 2 * (n + 1))).fill(Number.NaN);
      grown.set(this.times);
      this.times = grown;
    }
    this.times[n] = at;
  }

  clear(): void {
    this.times.fill(Number.NaN);
  }
}
