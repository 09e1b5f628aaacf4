import { Adapter, type BroadcastOptions } from 'socket.io-adapter';

/** How many sockets one turn of the event loop writes to before letting other work in. */
export const SLICE = 400;

/**
 * A broadcast to at most this many sockets (the projector, the facilitators, one person's
 * `synced`) is written at once, ahead of a hall's broadcast still being written, when none of
 * its sockets is waiting in that one.
 */
export const OVERTAKE = 64;

/** The part of a Socket.IO socket the adapter writes to. */
interface Writable {
  readonly connected: boolean;
  readonly client: { writeToEngine(packets: unknown, options: unknown): void };
}

interface Internals {
  _encode(packet: unknown, options: unknown): unknown;
  apply(opts: BroadcastOptions, callback: (socket: Writable) => void): void;
}

interface Job {
  readonly sockets: Writable[];
  readonly packets: unknown;
  readonly options: unknown;
  next: number;
  /** Each socket's place in `sockets`, made when a small broadcast first asks (see `waiting`). */
  places?: Map<Writable, number>;
}

/** A broadcast's write options; `_encode` adds the WebSocket frame, made once for all sockets. */
interface PacketOptions {
  preEncoded?: boolean;
  volatile?: boolean;
  compress?: boolean;
  wsPreEncodedFrame?: unknown;
}

/**
 * Joins the pre-made WebSocket frame's header and payload into one buffer, once per broadcast.
 * `ws` writes a frame of two buffers with cork, two writes and uncork, which Node turns into a
 * `writev` with its bookkeeping for each socket; one buffer is one plain write. For a hall's
 * tick that is 5,000 sockets' worth of that work saved for one copy of a few kilobytes (the
 * bytes on the wire are the same). `ws`'s own frames take both shapes (`Sender.frame` returns
 * one buffer when it masks), so its `sendFrame` handles a list of one.
 */
export function inOneBuffer(options: PacketOptions): void {
  const frame = options.wsPreEncodedFrame;
  if (Array.isArray(frame) && frame.length === 2 && frame.every((b) => Buffer.isBuffer(b)))
    options.wsPreEncodedFrame = [Buffer.concat(frame as Buffer[])];
}

/**
 * Socket.IO's in-memory adapter, but a broadcast to thousands of sockets is written in slices
 * of {@link SLICE}, with the event loop free in between. A room of 5,000 phones takes tens of
 * milliseconds to write to; done in one go, every command that arrives meanwhile waits, so
 * acknowledgements slow down with the size of the hall. Each packet is still encoded once (the
 * base class's `_encode`, which also prepares the WebSocket frame once), and every socket gets
 * its broadcasts in the order they were made, so it never sees a later patch first.
 *
 * Order matters per socket, not across the hall: a small broadcast whose sockets are none of
 * those still waiting (the projector's patch while 5,000 phones get theirs) goes out at once
 * instead of behind the phones. At 5,000 phones a tick's write takes about 80 ms, which was
 * most of the projector's delay (decision 0011).
 */
export class PacedAdapter extends Adapter {
  private readonly queue: Job[] = [];
  private scheduled = false;

  override broadcast(packet: Parameters<Adapter['broadcast']>[0], opts: BroadcastOptions): void {
    const flags = opts.flags ?? {};
    const options: PacketOptions = {
      preEncoded: true,
      volatile: flags.volatile,
      compress: flags.compress,
    };
    packet.nsp = this.nsp.name;
    // `_encode` and `apply` are private in the typings but are the base class's own steps of
    // `broadcast` (socket.io-adapter 2.5, pinned by the lockfile): encode once, then find the
    // sockets of the rooms minus the exceptions.
    const base = this as unknown as Internals;
    const packets = base._encode(packet, options);
    inOneBuffer(options);
    const sockets = this.socketsOf(opts, base);
    const job: Job = { sockets, packets, options, next: 0 };
    if (this.queue.length > 0 && sockets.length <= OVERTAKE && !this.waiting(sockets)) {
      this.write(job, sockets.length);
      return;
    }
    this.queue.push(job);
    // Small rooms (and an idle queue) go out at once, exactly as Socket.IO would send them.
    if (!this.scheduled) this.drain();
  }

  /**
   * The sockets a broadcast goes to. One room with no exceptions (a tick to a side of the hall)
   * is read straight from the room: the base class's walk keeps a set of the ids it has seen,
   * to count a socket in several rooms once, which for one room is 5,000 insertions per tick
   * for nothing.
   */
  private socketsOf(opts: BroadcastOptions, base: Internals): Writable[] {
    const sockets: Writable[] = [];
    const only = opts.rooms.size === 1 && !opts.except?.size ? first(opts.rooms) : undefined;
    const members = only === undefined ? undefined : this.rooms.get(only);
    if (members) {
      const all = this.nsp.sockets as Map<string, unknown>;
      for (const id of members) {
        const socket = all.get(id) as Writable | undefined;
        if (socket) sockets.push(socket);
      }
    } else base.apply(opts, (socket) => sockets.push(socket));
    return sockets;
  }

  /**
   * Whether any of `sockets` has a broadcast queued and not yet written to it. Looked up by
   * place, not by walking the queue: forming 800 groups in a hall of 5,000 sends 800 small
   * broadcasts while the hall's tick is being written, and scanning its 5,000 sockets for each
   * took a sixth of the server's time.
   */
  private waiting(sockets: readonly Writable[]): boolean {
    for (const job of this.queue) {
      if (!job.places) job.places = new Map(job.sockets.map((socket, i) => [socket, i]));
      for (const socket of sockets) {
        const place = job.places.get(socket);
        if (place !== undefined && place >= job.next) return true;
      }
    }
    return false;
  }

  /** Writes `job` to up to `budget` more sockets; returns the budget left. */
  private write(job: Job, budget: number): number {
    while (budget > 0 && job.next < job.sockets.length) {
      const socket = job.sockets[job.next++]!;
      budget--;
      if (socket.connected) socket.client.writeToEngine(job.packets, job.options);
    }
    return budget;
  }

  private drain(): void {
    this.scheduled = false;
    let budget = SLICE;
    while (budget > 0 && this.queue.length > 0) {
      const job = this.queue[0]!;
      budget = this.write(job, budget);
      if (job.next >= job.sockets.length) this.queue.shift();
    }
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }
}

function first<T>(set: ReadonlySet<T>): T | undefined {
  for (const value of set) return value;
  return undefined;
}
