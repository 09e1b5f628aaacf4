import { io, type Socket } from 'socket.io-client';
import type { Engine } from '../../domain/engine.ts';
import type { ErrorCode } from '../../domain/errors.ts';
import {
  PROTOCOL_VERSION,
  type ClientToServer,
  type EphemeralSignal,
  type Handshake,
  type PatchMessage,
  type ServerToClient,
  type Sync,
  type ViewMessage,
  type WireError,
  type You,
} from '../../domain/protocol.ts';
import type { WorkshopView } from '../../domain/views/workshopView.ts';
import { applyPatch, composeWorkshop, held, type HeldView } from './compose.ts';
import type { SendResult } from '../../ui/activityView.ts';
import { ServerClock } from './clock.ts';
import { i18n } from './i18n.ts';
import { newClientActionId, Outbox, type OutboxEntry } from './outbox.ts';

export type ConnectionStatus =
  'connecting' | 'online' | 'offline' | 'unauthenticated' | 'removed' | 'failed';

/** Everything a screen needs to draw, replaced (never mutated) on every change. */
export interface ConnectionSnapshot {
  readonly status: ConnectionStatus;
  readonly you: You | null;
  readonly workshop: WorkshopView | null;
  /** Everything up to this log position that this connection may see has arrived. */
  readonly seq: number;
  readonly online: ReadonlySet<string>;
  readonly pending: readonly OutboxEntry[];
  /** The last refusal the user should see (cleared by `dismissError`). */
  readonly error: WireError | null;
}

/** Refusals that end the connection: retrying cannot help, the person must act. */
const FATAL: ReadonlySet<ErrorCode> = new Set([
  'WP_ERR_UNAUTHENTICATED',
  'WP_ERR_PARTICIPANT_REMOVED',
  'WP_ERR_FORBIDDEN',
  'WP_ERR_NOT_FOUND',
  'WP_ERR_JOIN_CODE_UNKNOWN',
  'WP_ERR_BAD_ORIGIN',
]);
/** Refusals worth retrying later with the same clientActionId. */
// Not WP_ERR_CONFLICT: the server already retried; a conflict that reaches the client is final.
const RETRY: ReadonlySet<ErrorCode> = new Set(['WP_ERR_INTERNAL', 'WP_ERR_RATE_LIMITED']);
const ACK_TIMEOUT_MS = 10_000;
const MAX_COMMAND_CHARS = 60_000;

type Listener = (snapshot: ConnectionSnapshot) => void;

/**
 * One live connection to one workshop: its views, whole on every (re)connect and then kept
 * current by versioned patches (a patch that does not fit asks for the view again); an outbox
 * of commands that survives reloads; and the server's clock. The browser never replays
 * events: privacy is decided on the server, per audience (decision 0010).
 */
export class WorkshopConnection {
  private socket: Socket<ServerToClient, ClientToServer> | null = null;
  private snapshot: ConnectionSnapshot;
  private readonly listeners = new Set<Listener>();
  private readonly outbox: Outbox;
  private readonly waiting = new Map<string, (result: SendResult) => void>();
  private pumping = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private views = new Map<string, HeldView>();
  /** Views asked for again after a gap; their patches are ignored until the answer. */
  private readonly refetching = new Set<string>();
  private readonly signalListeners = new Set<(message: EphemeralSignal) => void>();
  readonly clock = new ServerClock();

  constructor(
    private readonly engine: Engine,
    private readonly handshake: Handshake,
    outboxKey: string,
  ) {
    this.outbox = new Outbox(outboxKey);
    this.snapshot = {
      status: 'connecting',
      you: null,
      workshop: null,
      seq: 0,
      online: new Set(),
      pending: this.outbox.entries,
      error: null,
    };
  }

  get state(): ConnectionSnapshot {
    return this.snapshot;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  now = (): number => this.clock.now();

  start(): void {
    const socket: Socket<ServerToClient, ClientToServer> = io({
      auth: this.handshake,
      transports: ['websocket', 'polling'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
    });
    this.socket = socket;
    socket.on('connect', () => void this.hello());
    socket.on('disconnect', () =>
      this.update({ status: this.isFinal() ? this.snapshot.status : 'offline' }),
    );
    socket.on('connect_error', (error) => {
      const data = (error as Error & { data?: WireError }).data;
      if (data && FATAL.has(data.code)) {
        this.update({
          status: data.code === 'WP_ERR_PARTICIPANT_REMOVED' ? 'removed' : 'unauthenticated',
          error: data,
        });
        socket.disconnect();
      } else {
        this.update({ status: 'offline' });
      }
    });
    socket.on('view', (message) => this.setViews([...this.views, [message.view, held(message)]]));
    socket.on('patch', (message) => this.applyPatchMessage(message));
    socket.on('ephemeral', (message) => {
      for (const listener of this.signalListeners) listener(message);
    });
    socket.on('viewDropped', ({ view }) => {
      const next = new Map(this.views);
      next.delete(view);
      this.setViews(next);
    });
    socket.on('synced', ({ seq }) => {
      if (seq > this.snapshot.seq) this.update({ seq });
      this.settle();
    });
    socket.on('presence', ({ participantId, online }) => {
      const next = new Set(this.snapshot.online);
      if (online) next.add(participantId);
      else next.delete(participantId);
      this.update({ online: next });
    });
    socket.on('removed', ({ error }) => {
      this.update({ status: 'removed', error });
      socket.disconnect();
    });
  }

  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.socket?.disconnect();
    this.socket = null;
  }

  /**
   * Queues a command. Resolves when the server has stored it (or refused it). If the page
   * closes first, the command stays in the outbox and is sent on the next visit.
   */
  send(
    activityId: string | null,
    command: { type: string; [field: string]: unknown },
  ): Promise<SendResult> {
    // The server closes a connection that sends more than 64 KB; refuse it here instead.
    if (JSON.stringify(command).length > MAX_COMMAND_CHARS) {
      const message = i18n.t('errors.WP_ERR_TOO_LARGE', {
        lng: document.documentElement.lang || 'nl',
      });
      return Promise.resolve({ ok: false, code: 'WP_ERR_TOO_LARGE', message });
    }
    const entry: OutboxEntry = {
      clientActionId: newClientActionId(),
      activityId,
      command,
      createdAt: Date.now(),
      ackedSeq: null,
    };
    this.outbox.add(entry);
    this.update({ pending: this.outbox.entries });
    const result = new Promise<SendResult>((resolve) =>
      this.waiting.set(entry.clientActionId, resolve),
    );
    void this.pump();
    return result;
  }

  /** A passing signal (typing, editing): sent only while online, never stored or retried. */
  signal(message: EphemeralSignal): void {
    if (this.snapshot.status === 'online') this.socket?.emit('ephemeral', message);
  }

  /** Signals from the others who see what this connection sees. */
  onSignal(listener: (message: EphemeralSignal) => void): () => void {
    this.signalListeners.add(listener);
    return () => this.signalListeners.delete(listener);
  }

  dismissError(): void {
    this.update({ error: null });
  }

  private isFinal(): boolean {
    return this.snapshot.status === 'removed' || this.snapshot.status === 'unauthenticated';
  }

  private async hello(): Promise<void> {
    const socket = this.socket;
    if (!socket) return;
    const sentAt = Date.now();
    let ack;
    try {
      ack = await socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('hello', { protocol: PROTOCOL_VERSION });
    } catch {
      socket.disconnect().connect(); // no answer: start over
      return;
    }
    if (!ack.ok) {
      const fatal = FATAL.has(ack.error.code);
      this.update({
        status: fatal
          ? ack.error.code === 'WP_ERR_PARTICIPANT_REMOVED'
            ? 'removed'
            : 'unauthenticated'
          : 'failed',
        error: ack.error,
      });
      if (fatal) socket.disconnect();
      return;
    }
    this.clock.sample(sentAt, ack.serverTime, Date.now());
    this.update({
      status: 'online',
      you: ack.you,
      ...(ack.online ? { online: new Set(ack.online) } : {}),
    });
    this.applySync(ack.sync);
    void this.refineClock();
    void this.pump();
  }

  /** A few quick time samples after connecting; the best one wins. */
  private async refineClock(): Promise<void> {
    for (let i = 0; i < 3 && this.socket?.connected; i++) {
      const sentAt = Date.now();
      try {
        const { serverTime } = await this.socket.timeout(3000).emitWithAck('time', {});
        this.clock.sample(sentAt, serverTime, Date.now());
      } catch {
        return;
      }
    }
  }

  private applySync(sync: Sync): void {
    this.refetching.clear();
    this.update({ seq: sync.seq });
    this.setViews(sync.views.map((v): [string, HeldView] => [v.view, held(v)]));
  }

  private applyPatchMessage(message: PatchMessage): void {
    const view = this.views.get(message.view);
    if (this.refetching.has(message.view)) return;
    if (view && message.to <= view.version) return; // already there (a view sent whole meanwhile)
    if (!view || message.from !== view.version) return void this.refetch(message.view);
    this.setViews([...this.views, [message.view, applyPatch(view, message.ops, message.to)]]);
  }

  /** A patch did not fit what we hold (one went missing): ask for the whole view again. */
  private async refetch(key: string): Promise<void> {
    const socket = this.socket;
    if (!socket || this.refetching.has(key)) return;
    this.refetching.add(key);
    const ack = await socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('view', { view: key })
      .catch(() => null);
    this.refetching.delete(key);
    if (!ack) return void socket.disconnect().connect(); // no answer: start over
    if (ack.ok) this.setViews([...this.views, [key, held(ack as ViewMessage)]]);
  }

  private setViews(views: Iterable<[string, HeldView]>): void {
    this.views = new Map(views);
    this.update({ workshop: composeWorkshop(this.engine, this.views, this.snapshot.you) });
    this.settle();
  }

  /** Acknowledged commands leave the outbox once their events are in the state (no flicker). */
  private settle(): void {
    if (this.outbox.settle(this.snapshot.seq)) this.update({ pending: this.outbox.entries });
  }

  /** Sends outbox entries one at a time, in order, while online. */
  private async pump(): Promise<void> {
    if (this.pumping || this.snapshot.status !== 'online') return;
    this.pumping = true;
    try {
      for (
        let entry = this.outbox.nextUnsent();
        entry && this.socket?.connected;
        entry = this.outbox.nextUnsent()
      ) {
        const ack = await this.socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('command', {
            clientActionId: entry.clientActionId,
            activityId: entry.activityId,
            command: entry.command,
          })
          .catch(() => null);
        if (!ack) return; // timed out or disconnected: resent after reconnecting
        if (ack.ok) {
          this.outbox.acknowledge(entry.clientActionId, ack.lastSeq);
          this.resolve(entry.clientActionId, { ok: true });
        } else if (RETRY.has(ack.error.code)) {
          this.retryTimer = setTimeout(() => void this.pump(), 2000);
          return;
        } else {
          this.outbox.remove(entry.clientActionId);
          this.resolve(entry.clientActionId, {
            ok: false,
            code: ack.error.code,
            message: ack.error.message,
            ...(ack.error.params ? { params: ack.error.params } : {}),
          });
          this.update({ error: ack.error });
        }
        this.update({ pending: this.outbox.entries });
        this.settle();
      }
    } finally {
      this.pumping = false;
    }
  }

  private resolve(clientActionId: string, result: SendResult): void {
    this.waiting.get(clientActionId)?.(result);
    this.waiting.delete(clientActionId);
  }

  private update(patch: Partial<ConnectionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
