import WebSocket from 'ws';
import { BenchClient, type PatchHead, type ViewHead } from './benchClient.ts';
import { now } from './stats.ts';

/**
 * A benchmark connection that speaks Socket.IO protocol 5 over Engine.IO 4 on a bare `ws`
 * WebSocket (`--client=lean`, the default for phones).
 *
 * Why: socket.io-client decodes every message whole (engine.io packet, then Socket.IO
 * `JSON.parse`, then the event emitter), and the benchmark's own marker search scans the text
 * again. At 5,000 phones on one core that made the load generators, not the server, the
 * bottleneck, and every latency measured at the phones included their queueing. A phone needs
 * far less of each message: its size, whether it is an event, the note markers in it, and for
 * `patch` and `view` the view name and version(s). So this client
 * - takes each frame as a Buffer (no UTF-8 check or decoding of the whole text) and looks for
 *   markers with `Buffer.indexOf`;
 * - reads `view`/`from`/`to` (`view`/`version`) from the first bytes of `patch` (`view`)
 *   messages, which the server writes in that field order (`views/hub.ts`: `flush`,
 *   `messageOf`), and parses the whole message only when that cheap read does not match;
 * - parses whole: acknowledgements, `synced`, `viewDropped`, and every message when it keeps
 *   docs (`--apply`, the console) or someone listens (`onMessage`).
 * It skips what the benchmark never uses: reconnection, buffering before connect, namespaces
 * other than `/`, binary attachments, HTTP long-polling, and `presence`/`ephemeral` events
 * (counted, not read).
 */
export class LeanClient extends BenchClient {
  /** Messages that needed a whole `JSON.parse` (the cheap read did not match). */
  parsedWhole = 0;
  private readonly ws: WebSocket;
  private readonly ready: Promise<void>;
  private settle!: { resolve: () => void; reject: (error: Error) => void };
  private isConnected = false;
  private closedByUs = false;
  private nextAck = 0;
  private readonly acks = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }
  >();
  /** Engine.IO's heartbeat: no ping within interval + timeout means the server is gone. */
  private pingTimer: NodeJS.Timeout | null = null;
  private connectTimer: NodeJS.Timeout | null;

  constructor(
    url: string,
    private readonly auth: Record<string, unknown>,
    keepDocs: boolean,
    cookie?: string,
  ) {
    super(keepDocs);
    this.ready = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    // Nobody may wait for it (a refused phone is closed): do not let it crash the process.
    this.ready.catch(() => undefined);
    const target = new URL('/socket.io/?EIO=4&transport=websocket', url);
    target.protocol = target.protocol === 'https:' ? 'wss:' : 'ws:';
    this.ws = new WebSocket(target, {
      // The server checks the Origin in its handshake (as socket.io-client's extraHeaders).
      headers: { origin: url, ...(cookie ? { cookie } : {}) },
      // The server does not compress (Socket.IO's default); do not offer it.
      perMessageDeflate: false,
      // Markers and field reads are ASCII; checking every frame's UTF-8 is CPU we save.
      skipUTF8Validation: true,
    });
    // socket.io-client's `timeout`: the connection (Engine.IO + Socket.IO) within 60 s.
    this.connectTimer = setTimeout(() => {
      this.fail(new Error('timeout'));
      this.ws.terminate();
    }, 60_000);
    this.ws.on('message', (data, isBinary) => {
      if (!isBinary) this.onFrame(data as Buffer);
    });
    this.ws.on('error', (error) => this.fail(error));
    this.ws.on('close', () => this.onClose());
  }

  connected(): Promise<void> {
    return this.ready;
  }

  close(): void {
    this.closedByUs = true;
    this.ws.close();
  }

  /** `emitWithAck` with socket.io-client's `timeout(ms)`: rejects when no answer in time. */
  protected ask<T>(event: string, payload: unknown, timeoutMs: number): Promise<T> {
    if (!this.isConnected) return Promise.reject(new Error('socket is not connected'));
    const id = this.nextAck++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.acks.delete(id);
        reject(new Error('operation has timed out'));
      }, timeoutMs);
      this.acks.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      this.ws.send(`42${id}${JSON.stringify([event, payload])}`);
    });
  }

  /** One Engine.IO packet (one WebSocket frame each on this transport). */
  private onFrame(data: Buffer): void {
    this.bytes += data.length;
    const type = data[0];
    if (type === MESSAGE) {
      const at = now();
      // Markers anywhere in a message count, acknowledgements (hello, view) included.
      const ids = markersIn(data);
      if (ids) this.noteArrivals(ids, data.length, at);
      const kind = data[1];
      if (kind === EVENT) {
        this.messages++;
        this.onEvent(data, at);
      } else if (kind === ACK) this.onAck(data);
      else if (kind === CONNECT) this.onConnect();
      else if (kind === CONNECT_ERROR) this.onConnectError(data);
      // Socket.IO DISCONNECT from the server (removed): the connection is of no more use.
      else if (kind === DISCONNECT) this.ws.close();
    } else if (type === PING) {
      this.ws.send('3');
      this.pingTimer?.refresh();
    } else if (type === OPEN) this.onOpen(data);
    else if (type === CLOSE) this.ws.close();
  }

  private onOpen(data: Buffer): void {
    const open = JSON.parse(data.toString('utf8', 1)) as {
      pingInterval?: number;
      pingTimeout?: number;
    };
    const deadline = (open.pingInterval ?? 25_000) + (open.pingTimeout ?? 20_000);
    this.pingTimer = setTimeout(() => this.ws.terminate(), deadline);
    this.pingTimer.unref();
    this.ws.send(`40${JSON.stringify(this.auth)}`);
  }

  private onConnect(): void {
    this.isConnected = true;
    this.clearConnectTimer();
    this.settle.resolve();
  }

  /** `44{message, data}`: the handshake middleware refused us (as socket.io-client's error). */
  private onConnectError(data: Buffer): void {
    let error: Error;
    try {
      const body = JSON.parse(data.toString('utf8', 2)) as { message?: string; data?: unknown };
      error = Object.assign(new Error(body.message ?? 'connect_error'), { data: body.data });
    } catch {
      error = new Error(data.toString('utf8', 2));
    }
    this.fail(error);
    this.ws.close();
  }

  /** `43<id>[answer]`: acknowledgements are few and wanted whole. */
  private onAck(data: Buffer): void {
    let i = 2;
    let id = 0;
    for (let c = data[i]; c !== undefined && c >= DIGIT_0 && c <= DIGIT_9; c = data[++i])
      id = id * 10 + (c - DIGIT_0);
    const waiting = this.acks.get(id);
    if (!waiting) return;
    this.acks.delete(id);
    clearTimeout(waiting.timer);
    try {
      waiting.resolve((JSON.parse(data.toString('utf8', i)) as unknown[])[0]);
    } catch (error) {
      waiting.reject(error as Error);
    }
  }

  /** `42["event",payload]`. */
  private onEvent(data: Buffer, at: number): void {
    if (!this.keepDocs && this.onMessage === null) {
      const head = data.toString('latin1', 0, Math.min(data.length, HEAD_BYTES));
      if (head.startsWith(PATCH_PREFIX)) {
        const m = PATCH_HEAD.exec(head);
        if (m) return this.onPatch({ view: m[1]!, from: Number(m[2]), to: Number(m[3]) }, at);
        warnSlowPath(head);
      } else if (head.startsWith(VIEW_PREFIX)) {
        const m = VIEW_HEAD.exec(head);
        if (m) return this.onView({ view: m[1]!, version: Number(m[2]) }, at);
        warnSlowPath(head);
      } else if (!head.startsWith(SYNCED_PREFIX) && !head.startsWith(DROPPED_PREFIX)) {
        // presence, ephemeral, removed: nothing a phone measures.
        return;
      }
    }
    this.parsedWhole++;
    let event: unknown;
    let payload: unknown;
    try {
      [event, payload] = JSON.parse(data.toString('utf8', 2)) as [unknown, unknown];
    } catch {
      return;
    }
    if (event === 'patch') this.onPatch(payload as PatchHead, at);
    else if (event === 'view') this.onView(payload as ViewHead, at);
    else if (event === 'viewDropped') this.onViewDropped((payload as { view: string }).view, at);
    else if (event === 'synced') this.onSynced((payload as { seq: number }).seq, at);
  }

  /** Before the connection: reject `connected()`. After: `onClose` follows. */
  private fail(error: Error): void {
    this.clearConnectTimer();
    if (!this.isConnected) this.settle.reject(error);
  }

  private onClose(): void {
    this.clearConnectTimer();
    if (this.pingTimer) clearTimeout(this.pingTimer);
    if (!this.isConnected) {
      this.settle.reject(new Error('connection closed before it was established'));
      return;
    }
    this.isConnected = false;
    // Our own close() is the end of a run, not a disconnect to report.
    if (!this.closedByUs) this.disconnects++;
    for (const waiting of this.acks.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(new Error('socket has been disconnected'));
    }
    this.acks.clear();
  }

  private clearConnectTimer(): void {
    if (this.connectTimer) clearTimeout(this.connectTimer);
    this.connectTimer = null;
  }
}

// Engine.IO packet types (first byte) and Socket.IO packet types (second byte of a message).
const OPEN = 0x30; // '0'
const CLOSE = 0x31; // '1'
const PING = 0x32; // '2'
const MESSAGE = 0x34; // '4'
const CONNECT = 0x30; // '40'
const DISCONNECT = 0x31; // '41'
const EVENT = 0x32; // '42'
const ACK = 0x33; // '43'
const CONNECT_ERROR = 0x34; // '44'
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const HASH = 0x23;
const UNDERSCORE = 0x5f;
const HASH_N = Buffer.from('#n');

/**
 * Enough of a message's start for the event name, the view name and the versions (a view
 * name longer than this falls back to the whole parse).
 */
const HEAD_BYTES = 200;
const PATCH_PREFIX = '42["patch",';
const VIEW_PREFIX = '42["view",';
const SYNCED_PREFIX = '42["synced",';
const DROPPED_PREFIX = '42["viewDropped",';
/**
 * `{view, from, to, ops}` in the server's order. The view name must be printable ASCII without
 * `"` or `\`: anything escaped or non-ASCII (read as Latin-1 here) goes the whole-parse way.
 */
const PATCH_HEAD =
  /^42\["patch",\{"view":"([\x20\x21\x23-\x5b\x5d-\x7e]*)","from":(\d+),"to":(\d+),"ops":/;
/** `{view, version, data, people}` in the server's order. */
const VIEW_HEAD = /^42\["view",\{"view":"([\x20\x21\x23-\x5b\x5d-\x7e]*)","version":(\d+)[,}]/;

/**
 * The note markers (`#n<digits>_<digits>#`, as `MARKER`) in a raw message, each once, or null.
 * Scans bytes: the same matches as the regular expression on the text, without decoding it.
 */
export function markersIn(data: Buffer): Set<string> | null {
  let seen: Set<string> | null = null;
  let at = data.indexOf(HASH_N);
  while (at !== -1) {
    const start = at + 2;
    let i = start;
    while (isDigit(data[i])) i++;
    let end = -1;
    if (i > start && data[i] === UNDERSCORE) {
      const second = ++i;
      while (isDigit(data[i])) i++;
      if (i > second && data[i] === HASH) end = i;
    }
    if (end === -1) {
      at = data.indexOf(HASH_N, at + 1);
      continue;
    }
    (seen ??= new Set()).add(data.toString('latin1', start, end));
    // Like the /g expression: the next match starts after this one's closing `#`.
    at = data.indexOf(HASH_N, end + 1);
  }
  return seen;
}

let warned = false;

/**
 * Once per process: a patch or view that the cheap read did not match is still measured right
 * (parsed whole), but if the server changed its field order every message goes that slow way
 * and the load generators are heavy again.
 */
function warnSlowPath(head: string): void {
  if (warned) return;
  warned = true;
  console.warn(`lean client: parsing whole, the cheap read did not match ${head.slice(0, 80)}…`);
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= DIGIT_0 && c <= DIGIT_9;
}
