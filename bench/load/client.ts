import { io, type Socket } from 'socket.io-client';
import type { PatchMessage, ViewMessage } from '../../src/domain/protocol.ts';
import { BenchClient, MARKER } from './benchClient.ts';
import { now } from './stats.ts';

/**
 * A benchmark connection over socket.io-client (`--client=socketio`), as a browser would
 * connect: every message is decoded whole by Socket.IO, which is what makes it heavy at
 * thousands of phones per core (see `LeanClient`). What it measures: `BenchClient`.
 */
export class Client extends BenchClient {
  readonly socket: Socket;

  constructor(url: string, auth: Record<string, unknown>, keepDocs: boolean, cookie?: string) {
    super(keepDocs);
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
      const seen = new Set<string>();
      for (const match of data.matchAll(MARKER)) seen.add(match[1] ?? '');
      this.noteArrivals(seen, size, now());
    });
    this.socket.on('disconnect', () => this.disconnects++);
    this.socket.on('view', (m: ViewMessage) => this.onView(m, now()));
    this.socket.on('viewDropped', ({ view }: { view: string }) => this.onViewDropped(view, now()));
    this.socket.on('patch', (m: PatchMessage) => this.onPatch(m, now()));
    this.socket.on('synced', ({ seq }: { seq: number }) => this.onSynced(seq, now()));
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (error) => reject(error));
    });
  }

  protected ask<T>(event: string, payload: unknown, timeoutMs: number): Promise<T> {
    return this.socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<T>;
  }

  close(): void {
    this.socket.disconnect();
  }
}
