import type { Reference } from '../../../domain/activity.ts';
import type { Viewer } from '../../../domain/actors.ts';
import type { Engine } from '../../../domain/engine.ts';
import type { EventEnvelope } from '../../../domain/events.ts';
import type { Sync, ViewMessage } from '../../../domain/protocol.ts';
import type { ViewPayload, ViewRef } from '../../../domain/views/audience.ts';
import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { diffView } from './diff.ts';
import { Channels, type Channel } from './channels.ts';
import { addTo, sameReferences, touches, union } from './marking.ts';
import { wantedViews } from './wanted.ts';

/** A budget for one workshop's phone updates: above it, phones' ticks are spaced out. */
export const PHONE_MESSAGES_PER_SECOND = 30_000;
/** However big the hall, a phone hears of a change within this (plus the time to send it). */
export const MAX_TICK_MS = 500;
/**
 * Staff views go out at once, but not more often than this: in a join storm of 5,000 a join
 * arrives every 12 ms, and recomputing and diffing the facilitators' roster of thousands for
 * each one kept the server's core busy (most of its time in the storm's last minute). Batches
 * closer together than this are sent together, at most this much later.
 */
export const STAFF_GAP_MS = 25;

/** What the hub needs of a connection: Socket.IO's socket satisfies it. */
export interface ViewSocket {
  readonly id: string;
  join(room: string): unknown;
  leave(room: string): unknown;
  emit(event: string, payload: unknown): unknown;
}

/** What the hub needs of the server: broadcast to a Socket.IO room (encoded once). */
export interface Broadcast {
  /** To everyone in a room, or in any of several rooms (a socket's id is a room too). */
  to(room: string | readonly string[], event: string, payload: unknown): void;
}

/** The room state the hub reads (a `Room` on this node). */
export interface RoomView {
  readonly workshopId: string;
  readonly state: WorkshopState;
  readonly seq: number;
}

/** Views gained and lost in one batch, with the sockets that gained or lost them. */
interface News {
  readonly added: Map<string, string[]>;
  readonly dropped: Map<string, string[]>;
}

interface Member {
  readonly socket: ViewSocket;
  readonly viewer: Viewer;
  readonly keys: Set<string>;
}

/**
 * Views per audience for one workshop on this node (decision 0010). After each batch of events
 * it marks the views the batch may have changed, recomputes each of them once, diffs it against
 * what its listeners hold, and sends one versioned JSON Patch to the view's Socket.IO room.
 * Staff views go at once; phones' views go together on a tick every `batchMs`, so a hall of
 * phones gets a few messages a second however fast notes arrive. Cost per batch grows with the
 * number of views touched, not with the number of people.
 */
export class WorkshopViews {
  private readonly channels = new Channels(
    (ref) => this.compute(ref),
    (key) => this.roomOf(key),
    () => this.room.seq,
  );
  private readonly members = new Map<string, Member>();
  /** Participants with sockets here, by id (for reach and for `synced`). */
  private readonly byParticipant = new Map<string, Set<Member>>();
  /** Phones waiting for their first views: answered on the next tick, current with it. */
  private waiting = new Map<Member, (sync: Sync) => void>();
  /** Participants who sent something since the last tick: they get `synced` on it. */
  private readonly actors = new Set<string>();
  private tickTimer: ReturnType<typeof setTimeout> | null = null;
  private staffTimer: ReturnType<typeof setTimeout> | null = null;
  private staffSentAt = Number.NEGATIVE_INFINITY;
  private references: { seq: number; list: readonly Reference[] } | null = null;

  constructor(
    private readonly engine: Engine,
    private readonly room: RoomView,
    private readonly broadcast: Broadcast,
    private readonly batchMs: number,
  ) {}

  get isEmpty(): boolean {
    return this.members.size === 0;
  }

  /** Socket.IO room names: per view, per person (for `synced`), and all staff. */
  roomOf(key: string): string {
    return `${this.room.workshopId}|${key}`;
  }

  /**
   * A connection asks for its views. Staff get them at once; phones on the next tick, so what
   * they get is exactly what the phones already connected hold then (no patch in between).
   */
  attach(socket: ViewSocket, viewer: Viewer, answer: (sync: Sync) => void): void {
    this.detach(socket);
    const member: Member = { socket, viewer, keys: new Set() };
    this.members.set(socket.id, member);
    if (viewer.kind !== 'participant') {
      socket.join(this.roomOf('staff'));
      this.subscribe(member);
      answer(this.syncOf(member));
      return;
    }
    let people = this.byParticipant.get(viewer.participantId);
    if (!people) this.byParticipant.set(viewer.participantId, (people = new Set()));
    people.add(member);
    socket.join(this.roomOf(`p/${viewer.participantId}`));
    this.waiting.set(member, answer);
    this.scheduleTick();
  }

  detach(socket: ViewSocket): void {
    const member = this.members.get(socket.id);
    if (!member) return;
    this.members.delete(socket.id);
    this.waiting.delete(member);
    // A second `hello` on the same socket detaches it first: it must leave the old rooms too.
    for (const key of member.keys) {
      member.socket.leave(this.roomOf(key));
      this.channels.release(key);
    }
    member.keys.clear();
    if (member.viewer.kind === 'participant') {
      const people = this.byParticipant.get(member.viewer.participantId);
      people?.delete(member);
      if (people?.size === 0) this.byParticipant.delete(member.viewer.participantId);
    }
    if (this.members.size === 0) this.stop();
  }

  /** One view whole again, for a client that missed a patch. Null if it is not theirs. */
  resend(socket: ViewSocket, key: string): ViewMessage | null {
    const member = this.members.get(socket.id);
    const channel = this.channels.get(key);
    if (!member?.keys.has(key) || !channel) return null;
    return this.messageOf(channel);
  }

  /** A participant sent a command (answered or not): they get `synced` on the next tick. */
  noteActor(participantId: string): void {
    this.actors.add(participantId);
    this.scheduleTick();
  }

  /**
   * Where a passing signal about an activity goes: the room of the view the sender holds of it
   * (the others who see the same), and the facilitators'. Empty when they hold no such view.
   */
  signalRooms(socket: ViewSocket, activityId: string): string[] {
    const member = this.members.get(socket.id);
    const prefix = `a/${activityId}/`;
    const held = [...(member?.keys ?? [])].find((key) => key.startsWith(prefix));
    if (!held) return [];
    const staff = `${prefix}facilitator`;
    return [...new Set([this.roomOf(held), this.roomOf(staff)])];
  }

  /** After a batch of events was applied to the room. */
  applied(envelopes: readonly EventEnvelope[]): void {
    const state = this.room.state;
    const touched = new Set<string | null>(envelopes.map((e) => e.activityId));
    let reach: Set<string> | 'all' = new Set();
    for (const envelope of envelopes) {
      if (envelope.actor?.kind === 'participant') this.actors.add(envelope.actor.participantId);
      reach = union(reach, this.engine.views.reach(state, envelope));
    }
    const workshopLevel = touched.has(null);
    const referencesMoved = this.referencesChanged();
    const batch = { touched, workshopLevel, referencesMoved, reach };
    let phonesDirty = false;
    for (const channel of this.channels.candidates(reach)) {
      if (!touches(channel.ref, batch)) continue;
      this.channels.markDirty(channel);
      if (!channel.staff) phonesDirty = true;
    }
    // Who moved: another activity on screen, another group, a new participant's first views.
    const moved = reach === 'all' ? [...this.members.values()] : this.membersOf(reach);
    const news: News = { added: new Map(), dropped: new Map() };
    for (const member of moved) {
      if (!this.waiting.has(member)) this.subscribe(member, news);
    }
    this.announce(news);
    this.sendStaff();
    if (phonesDirty || this.actors.size > 0) this.scheduleTick();
  }

  stop(): void {
    if (this.tickTimer) clearTimeout(this.tickTimer);
    this.tickTimer = null;
    if (this.staffTimer) clearTimeout(this.staffTimer);
    this.staffTimer = null;
  }

  /** Staff views and `synced` now, or with the next batch when the last went out just now. */
  private sendStaff(): void {
    if (this.staffTimer) return; // already due: this batch goes with it
    const wait = this.staffSentAt + STAFF_GAP_MS - Date.now();
    if (wait > 0) {
      this.staffTimer = setTimeout(() => {
        this.staffTimer = null;
        this.sendStaff();
      }, wait);
      return;
    }
    this.staffSentAt = Date.now();
    this.flush(true);
    this.broadcast.to(this.roomOf('staff'), 'synced', { seq: this.room.seq });
  }

  /**
   * Whether the shared references changed in this batch. They live in the workshop's views, so
   * a note revealed in one activity reaches every screen; most batches (a note while writing)
   * change none, and then the workshop's views, the roster included, are not recomputed.
   */
  private referencesChanged(): boolean {
    const before = this.references;
    const after = this.sharedReferences();
    if (!before || before.list === after) return false;
    return !sameReferences(before.list, after);
  }

  private membersOf(ids: ReadonlySet<string>): Member[] {
    const found: Member[] = [];
    for (const id of ids) for (const m of this.byParticipant.get(id) ?? []) found.push(m);
    return found;
  }

  private scheduleTick(): void {
    if (this.tickTimer) return;
    this.tickTimer = setTimeout(() => this.tick(), this.tickMs());
  }

  /**
   * How long phones' changes gather before they go out: the configured batch, stretched in a
   * big hall so that all phones together get at most {@link PHONE_MESSAGES_PER_SECOND} messages
   * a second (5,000 phones: every 167 ms). Each message then carries more, and the one core
   * that writes them keeps time for commands.
   */
  private tickMs(): number {
    const phones = this.byParticipant.size;
    return Math.min(
      MAX_TICK_MS,
      Math.max(this.batchMs, (phones * 1000) / PHONE_MESSAGES_PER_SECOND),
    );
  }

  /** Phones' turn: every dirty view once, then `synced` to those who acted, then newcomers. */
  private tick(): void {
    this.tickTimer = null;
    this.flush(false);
    for (const id of this.actors)
      this.broadcast.to(this.roomOf(`p/${id}`), 'synced', { seq: this.room.seq });
    this.actors.clear();
    const waiting = this.waiting;
    this.waiting = new Map();
    for (const [member, answer] of waiting) {
      this.subscribe(member);
      answer(this.syncOf(member));
    }
  }

  /** Sends each dirty view of one kind (staff or phones) as one patch to its room. */
  private flush(staff: boolean): void {
    for (const channel of this.channels.takeDirty(staff)) {
      const next = this.compute(channel.ref);
      if (!next) continue;
      const ops = diffView(channel.payload, next);
      if (ops.length === 0) continue;
      const from = channel.version;
      channel.payload = next;
      channel.version = this.room.seq;
      this.broadcast.to(channel.room, 'patch', {
        view: channel.key,
        from,
        to: channel.version,
        ops,
      });
    }
  }

  /**
   * Puts a member in the views it should have now and out of the others. With `news`, what it
   * gained and lost is collected for `announce` (a member already answered); without, the
   * views go in the answer to its `hello`.
   */
  private subscribe(member: Member, news?: News): void {
    const wanted = new Set(wantedViews(this.engine, this.room.state, member.viewer));
    for (const key of [...member.keys]) {
      if (wanted.has(key)) continue;
      member.keys.delete(key);
      member.socket.leave(this.roomOf(key));
      this.channels.release(key);
      if (news) addTo(news.dropped, key, member.socket.id);
    }
    for (const key of wanted) {
      if (member.keys.has(key)) continue;
      const channel = this.channels.acquire(key);
      if (!channel) continue;
      member.keys.add(key);
      member.socket.join(channel.room);
      if (news) addTo(news.added, key, member.socket.id);
    }
  }

  /**
   * Tells members who moved which views they lost and which they got: one message per view
   * for all of them (addressed by socket id, encoded once), not one per person — forming 800
   * groups for 5,000 people sends 800 whole views, not 5,000.
   */
  private announce(news: News): void {
    for (const [view, ids] of news.dropped) this.broadcast.to(ids, 'viewDropped', { view });
    for (const [key, ids] of news.added) {
      const channel = this.channels.get(key);
      if (channel) this.broadcast.to(ids, 'view', this.messageOf(channel));
    }
  }

  private syncOf(member: Member): Sync {
    const views: ViewMessage[] = [];
    for (const key of member.keys) {
      const channel = this.channels.get(key);
      if (channel) views.push(this.messageOf(channel));
    }
    return { seq: this.room.seq, views };
  }

  private messageOf(channel: Channel): ViewMessage {
    return { view: channel.key, version: channel.version, ...channel.payload };
  }

  private compute(ref: ViewRef): ViewPayload | null {
    return this.engine.views.computeView(this.room.state, ref, () => this.sharedReferences());
  }

  /** The shared references, once per log position (every workshop view carries them). */
  private sharedReferences(): readonly Reference[] {
    if (this.references?.seq !== this.room.seq)
      this.references = { seq: this.room.seq, list: this.engine.references(this.room.state) };
    return this.references.list;
  }
}
