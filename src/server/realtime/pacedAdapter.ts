import { Adapter, type BroadcastOptions } from 'socket.io-adapter';

/** How many sockets one turn of the event loop writes to before letting other work in. */
export const SLICE = 400;

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
}

/**
 * Socket.IO's in-memory adapter, but a broadcast to thousands of sockets is written in slices
 * of {@link SLICE}, with the event loop free in between. A room of 5,000 phones takes tens of
 * milliseconds to write to; done in one go, every command that arrives meanwhile waits, so
 * acknowledgements slow down with the size of the hall. Each packet is still encoded once (the
 * base class's `_encode`, which also prepares the WebSocket frame once), and broadcasts leave
 * in the order they were made: one FIFO queue, so a socket never sees a later patch first.
 */
export class PacedAdapter extends Adapter {
  private readonly queue: Job[] = [];
  private scheduled = false;

  override broadcast(packet: Parameters<Adapter['broadcast']>[0], opts: BroadcastOptions): void {
    const flags = opts.flags ?? {};
    const options = { preEncoded: true, volatile: flags.volatile, compress: flags.compress };
    packet.nsp = this.nsp.name;
    // `_encode` and `apply` are private in the typings but are the base class's own steps of
    // `broadcast` (socket.io-adapter 2.5, pinned by the lockfile): encode once, then find the
    // sockets of the rooms minus the exceptions.
    const base = this as unknown as Internals;
    const packets = base._encode(packet, options);
    const sockets: Writable[] = [];
    base.apply(opts, (socket) => sockets.push(socket));
    this.queue.push({ sockets, packets, options, next: 0 });
    // Small rooms (and an idle queue) go out at once, exactly as Socket.IO would send them.
    if (!this.scheduled) this.drain();
  }

  private drain(): void {
    this.scheduled = false;
    let budget = SLICE;
    while (budget > 0 && this.queue.length > 0) {
      const job = this.queue[0]!;
      while (budget > 0 && job.next < job.sockets.length) {
        const socket = job.sockets[job.next++]!;
        budget--;
        if (socket.connected) socket.client.writeToEngine(job.packets, job.options);
      }
      if (job.next >= job.sockets.length) this.queue.shift();
    }
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }
}
