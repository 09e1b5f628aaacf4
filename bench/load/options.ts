import os from 'node:os';
import type { ClientKind } from './benchClient.ts';

/** Command-line options of `npm run bench:load -- [options]` (see README.md). */
export interface Options {
  /** Participants (phones). */
  readonly n: number;
  /** Notes per second, in total. */
  readonly rate: number;
  /** How long notes are sent, in seconds. */
  readonly seconds: number;
  readonly scenarios: readonly Scenario[];
  /** Notes variants: `a` as used (writing phase), `b` share while writing. */
  readonly variants: readonly ('a' | 'b')[];
  /** The join storm: everyone joins within this many seconds. */
  readonly stormSeconds: number;
  /** Load generator processes (all on core 1), not counting the senders' own. */
  readonly workers: number;
  /**
   * Phones that send the notes, held by a load generator of their own (0: every load generator
   * sends from its phones). They receive like every phone; see README "Senders".
   */
  readonly senders: number;
  /** Connections (or joins) being opened at once during set-up, in total. */
  readonly concurrency: number;
  /** Characters of note text. */
  readonly textBytes: number;
  /** WERKPLAATS_PARTICIPANT_BATCH_MS for the server; null = the server's default (100). */
  readonly batchMs: number | null;
  /** Seconds to wait after the last note for stragglers. */
  readonly drain: number;
  /** Load generators apply patches to full views (fast-json-patch), as a browser would. */
  readonly apply: boolean;
  /** How the load generators (and the staff connections) connect: see leanClient.ts. */
  readonly client: ClientKind;
  /** Name of a phone's group view, as a regular expression (`{activity}` = the activity id). */
  readonly groupView: string;
  readonly server: string;
  /** Where the servers' temporary data folders go (the disk's fsync speed matters). */
  readonly dataDir: string;
  readonly keepData: boolean;
  /** Write a CPU profile of each server to .tmp/prof-load (node --cpu-prof). */
  readonly profile: boolean;
  /** Niceness for every process of the benchmark (negative needs root). */
  readonly nice: number;
  /** Also write every figure as JSON to this file. */
  readonly json: string | null;
}

export type Scenario = 'notes' | 'storm' | 'groups' | 'bare' | 'bare-paced';
const SCENARIOS: readonly Scenario[] = ['notes', 'storm', 'groups', 'bare', 'bare-paced'];

export const USAGE = `usage: npm run bench:load -- [options]
  --n=1000              participants (phones)
  --rate=20             notes per second in total (notes scenario and bare)
  --seconds=30          how long notes are sent
  --scenarios=notes,storm,groups,bare,bare-paced
                        bare-paced: the bare server at the pace our phones got their messages
                        (same messages per phone per second as notes b), for CPU like for like
  --variants=a,b        notes: a = writing phase as used, b = shareWhileWriting
  --storm-seconds=60    join storm: everyone joins within this window
  --workers=auto        load generator processes on core 1 (auto: one per 250 phones, at most 8)
  --senders=auto        phones that send the notes, in a load generator of their own
                        (auto: 100, or a tenth of N when smaller; 0: every generator sends)
  --concurrency=50      connections/joins opened at once during set-up
  --text=120            characters per note
  --batch-ms=           server's WERKPLAATS_PARTICIPANT_BATCH_MS (default: the server's, 100)
  --drain=3             seconds to wait for stragglers after the last note
  --apply               load generators apply every patch to full views (costs client CPU)
  --client=lean         lean: Socket.IO protocol spoken over bare ws, reads only what it measures;
                        socketio: socket.io-client, every message decoded whole (heavier)
  --group-view=^a/{activity}/group:   a phone's group view name (regular expression)
  --server=dist/server/main.js
  --data-dir=/tmp       where the servers' fresh data folders go (SQLite fsyncs every commit)
  --nice=0              niceness of all benchmark processes; -10 (as root) on a busy machine
  --profile             CPU profile of each server into .tmp/prof-load (open in Chrome DevTools)
  --keep-data           keep the servers' temporary data folders
  --json=FILE           also write all figures as JSON`;

export function parseOptions(argv: readonly string[]): Options {
  const raw = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`unknown argument ${arg}\n${USAGE}`);
    raw.set(match[1], match[2] ?? 'true');
  }
  const known = new Set([
    'n',
    'rate',
    'seconds',
    'scenarios',
    'variants',
    'storm-seconds',
    'workers',
    'senders',
    'concurrency',
    'text',
    'batch-ms',
    'drain',
    'apply',
    'client',
    'group-view',
    'server',
    'data-dir',
    'keep-data',
    'nice',
    'profile',
    'json',
    'help',
  ]);
  for (const key of raw.keys())
    if (!known.has(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  if (raw.has('help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const num = (key: string, fallback: number, min: number, max: number) => {
    const value = raw.has(key) ? Number(raw.get(key)) : fallback;
    if (!Number.isFinite(value) || value < min || value > max)
      throw new Error(`--${key} must be a number from ${min} to ${max}`);
    return value;
  };
  const n = Math.round(num('n', 1000, 1, 20_000));
  const list = <T extends string>(key: string, all: readonly T[], fallback: readonly T[]) => {
    const value = raw.get(key);
    if (!value) return fallback;
    const items = value.split(',').map((s) => s.trim()) as T[];
    for (const item of items)
      if (!all.includes(item)) throw new Error(`--${key}: unknown ${item} (${all.join(', ')})`);
    return items;
  };
  const workers = raw.get('workers');
  const client = raw.get('client') ?? 'lean';
  if (client !== 'lean' && client !== 'socketio')
    throw new Error(`--client: unknown ${client} (lean, socketio)`);
  return {
    n,
    rate: num('rate', 20, 0.1, 10_000),
    seconds: num('seconds', 30, 1, 600),
    scenarios: list('scenarios', SCENARIOS, SCENARIOS),
    variants: list('variants', ['a', 'b'] as const, ['a', 'b']),
    stormSeconds: num('storm-seconds', 60, 1, 3600),
    workers:
      workers && workers !== 'auto'
        ? Math.round(num('workers', 1, 1, 64))
        : Math.max(1, Math.min(8, Math.ceil(n / 250))),
    senders:
      raw.has('senders') && raw.get('senders') !== 'auto'
        ? Math.round(num('senders', 100, 0, n))
        : Math.min(100, Math.floor(n / 10)),
    concurrency: Math.round(num('concurrency', 50, 1, 5000)),
    textBytes: Math.round(num('text', 120, 16, 480)),
    batchMs: raw.has('batch-ms') ? Math.round(num('batch-ms', 100, 0, 5000)) : null,
    drain: num('drain', 3, 0, 120),
    apply: raw.has('apply'),
    client,
    groupView: raw.get('group-view') ?? '^a/{activity}/group:',
    server: raw.get('server') ?? 'dist/server/main.js',
    dataDir: raw.get('data-dir') ?? os.tmpdir(),
    keepData: raw.has('keep-data'),
    nice: Math.round(num('nice', 0, -20, 19)),
    profile: raw.has('profile'),
    json: raw.get('json') ?? null,
  };
}
