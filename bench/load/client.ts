import fastJsonPatch, { type Operation } from 'fast-json-patch';
import { io, type Socket } from 'socket.io-client';
import type {
  CommandAck,
  HelloAck,
  PatchMessage,
  ViewAck,
  ViewMessage,
} from '../../src/domain/protocol.ts';
import { now } from './stats.ts';

/** The marker a benchmark note carries in its text: `#n<worker>_<index>#`. */
export const MARKER = /#n(\d+_\d+)#/g;

/**
 * One connection of the benchmark (a phone, the projector, the facilitator console), lean:
 * it keeps each view's version (to notice gaps and ask for the view again, as the browser
 * does) but by default not the view itself. What it measures:
 * - bytes and Socket.IO messages received (engine.io packets, counted as they arrive);
 * - when each benchmark note first arrived (a marker in the raw message), and repeats;
 * - when each version of its activity views arrived (a note's count reached it when a patch
 *   of version >= the note's log position did);
 * - when it first held a view whose name matches `watch` (its group's view).
 */
export class Client {
  readonly socket: Socket;
  readonly versions = new Map<string, number>();
  /** Views whole, kept current with patches (only when asked: that costs client CPU). */
  readonly docs = new Map<string, { data: unknown; people: unknown }>();
  bytes = 0;
  messages = 0;
  gaps = 0;
  applyErrors = 0;
  disconnects = 0;
  /** Note id → first arrival time. */
  readonly arrivals = new Map<string, number>();
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

  constructor(
    url: string,
    auth: Record<string, unknown>,
    private readonly keepDocs: boolean,
    cookie?: string,
  ) {
    this.socket = io(url, {
      auth,
      transports: ['websocket'],
      extraHeaders: { origin: url, ...(cookie ? { cookie } : {}) },
      reconnection: false,
      forceNew: true,
      timeout: 60_000,
    });
    // Engine.io packets carry the raw text of each message: count it, and look for markers
    // there (cheaper than stringifying what Socket.IO parsed).
    this.socket.io.engine.on('packet', (packet: { type: string; data?: unknown }) => {
      const data = packet.data;
      const size = typeof data === 'string' ? Buffer.byteLength(data) + 1 : 1;
      this.bytes += size;
      if (packet.type !== 'message' || typeof data !== 'string') return;
      if (data.startsWith('2')) this.messages++;
      if (!data.includes('#n')) return;
      const at = now();
      const seen = new Set<string>();
      for (const match of data.matchAll(MARKER)) seen.add(match[1] ?? '');
      if (seen.size > 0) this.markerMessageSizes.push(size);
      for (const id of seen) {
        if (this.arrivals.has(id)) this.repeats.set(id, (this.repeats.get(id) ?? 0) + 1);
        else this.arrivals.set(id, at);
      }
    });
    this.socket.on('disconnect', () => this.disconnects++);
    this.socket.on('view', (m: ViewMessage) => this.onView(m, now()));
    this.socket.on('viewDropped', ({ view }: { view: string }) => {
      this.versions.delete(view);
      this.docs.delete(view);
      this.onMessage?.('viewDropped', { view }, now());
    });
    this.socket.on('patch', (m: PatchMessage) => this.onPatch(m, now()));
    this.socket.on('synced', ({ seq }: { seq: number }) => {
      const at = now();
      this.synced.push(seq, at);
      this.onMessage?.('synced', { seq }, at);
    });
  }

  /** Resolves once connected (rejects when the server refused the handshake). */
  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (error) => reject(error));
    });
  }

  async hello(): Promise<HelloAck> {
    const ack = (await this.socket
      .timeout(60_000)
      .emitWithAck('hello', { protocol: 2 })) as HelloAck;
    if (ack.ok) {
      const at = now();
      for (const v of ack.sync.views) this.onView(v, at);
    }
    return ack;
  }

  command(
    activityId: string | null,
    command: Record<string, unknown>,
    clientActionId: string,
  ): Promise<CommandAck> {
    return this.socket
      .timeout(30_000)
      .emitWithAck('command', { clientActionId, activityId, command }) as Promise<CommandAck>;
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

  close(): void {
    this.socket.disconnect();
  }

  private onView(m: ViewMessage, at: number): void {
    this.versions.set(m.view, m.version);
    if (this.keepDocs) this.docs.set(m.view, { data: m.data, people: m.people });
    if (m.view.startsWith('a/')) this.activityVersions.push(m.version, at);
    if (this.watch && this.watchedAt === null && this.watch.test(m.view)) {
      this.watchedAt = at;
      this.watchedView = m.view;
    }
    this.onMessage?.('view', m, at);
  }

  private onPatch(m: PatchMessage, at: number): void {
    const held = this.versions.get(m.view);
    if (held !== undefined && m.to <= held) return;
    if (held !== m.from) {
      // As the browser does: the patch does not fit what we hold, so ask for the view whole.
      this.gaps++;
      void this.socket
        .timeout(30_000)
        .emitWithAck('view', { view: m.view })
        .then((ack: ViewAck) => {
          if (ack.ok) this.onView(ack, now());
        })
        .catch(() => undefined);
      return;
    }
    this.versions.set(m.view, m.to);
    if (m.view.startsWith('a/')) this.activityVersions.push(m.to, at);
    const doc = this.docs.get(m.view);
    if (doc) {
      try {
        fastJsonPatch.applyPatch(doc, m.ops as Operation[], false, true);
      } catch {
        this.applyErrors++;
      }
    }
    this.onMessage?.('patch', m, at);
  }
}
