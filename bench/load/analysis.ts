import type { BenchClient } from './benchClient.ts';
import type { AckedNote, Analysis, Traffic } from './messages.ts';
import { Histogram } from './stats.ts';

/**
 * Matching arrivals against acknowledged notes: in each load generator for its phones (and in
 * the orchestrator for the projector and console), then merged over all load generators.
 */

/**
 * Per phone and note: did the text arrive (once) where it should, did only a count arrive
 * where it should not be readable, and when. Notes are sorted by log position so each
 * phone's covering versions are walked once.
 */
export function analyze(
  phones: readonly { side: string | null; client: BenchClient; staff?: boolean }[],
  notes: readonly AckedNote[],
  textFor: 'side' | 'all',
): Analysis {
  const sorted = [...notes].sort((a, b) => a.seq - b.seq);
  const text = new Histogram();
  const count = new Histogram();
  const perNote = new Map<string, [string, number, number, number, number]>();
  for (const n of sorted) perNote.set(n.id, [n.id, Number.NaN, 0, Number.NaN, 0]);
  let lost = 0;
  let duplicates = 0;
  let leaks = 0;
  let uncovered = 0;
  const markerMessageSizes: number[] = [];
  for (const { side, client, staff } of phones) {
    // Staff get `synced` after every batch: the exact moment they were current with a note.
    const versions = staff ? client.synced : client.activityVersions;
    let pointer = 0;
    for (const note of sorted) {
      const row = perNote.get(note.id) as [string, number, number, number, number];
      const readable = textFor === 'all' || side === null || side === note.side;
      const arrived = client.arrivals.get(note.id);
      if (readable) {
        if (arrived === undefined) {
          lost++;
          continue;
        }
        const ms = arrived - note.sentAt;
        text.add(ms);
        row[1] = Number.isNaN(row[1]) ? ms : Math.max(row[1], ms);
        row[2]++;
        continue;
      }
      if (arrived !== undefined) leaks++;
      while (pointer < versions.length && (versions[pointer] ?? -1) < note.seq) pointer += 2;
      const at = pointer < versions.length ? versions[pointer + 1] : undefined;
      if (at === undefined) {
        uncovered++;
        continue;
      }
      const ms = at - note.sentAt;
      count.add(ms);
      row[3] = Number.isNaN(row[3]) ? ms : Math.max(row[3], ms);
      row[4]++;
    }
    for (const n of client.repeats.values()) duplicates += n;
    markerMessageSizes.push(...client.markerMessageSizes.slice(0, 200));
  }
  return {
    text: text.toPairs(),
    count: count.toPairs(),
    perNote: [...perNote.values()],
    lost,
    duplicates,
    leaks,
    uncovered,
    markerMessageSizes,
  };
}

/** Sums the load generators' traffic figures. */
export function mergeTraffic(all: readonly Traffic[]) {
  return {
    bytes: all.flatMap((t) => t.bytes),
    messages: all.reduce((n, t) => n + t.messages, 0),
    gaps: all.reduce((n, t) => n + t.gaps, 0),
    disconnects: all.reduce((n, t) => n + t.disconnects, 0),
    applyErrors: all.reduce((n, t) => n + t.applyErrors, 0),
    watchedAt: all.flatMap((t) => t.watchedAt),
    sampleViews: all[0]?.sampleViews ?? [],
  };
}

/** Merges analyses: latency histograms, and per note the slowest phone over all generators. */
export function mergeAnalyses(all: readonly Analysis[]) {
  const text = new Histogram();
  const count = new Histogram();
  const perNote = new Map<
    string,
    { text: number; textPhones: number; count: number; countPhones: number }
  >();
  for (const a of all) {
    text.merge(a.text);
    count.merge(a.count);
    for (const [id, t, tn, c, cn] of a.perNote) {
      const row = perNote.get(id) ?? {
        text: Number.NaN,
        textPhones: 0,
        count: Number.NaN,
        countPhones: 0,
      };
      // NaN crosses IPC as null.
      if (typeof t === 'number' && !Number.isNaN(t))
        row.text = Number.isNaN(row.text) ? t : Math.max(row.text, t);
      if (typeof c === 'number' && !Number.isNaN(c))
        row.count = Number.isNaN(row.count) ? c : Math.max(row.count, c);
      row.textPhones += tn;
      row.countPhones += cn;
      perNote.set(id, row);
    }
  }
  const sum = (k: 'lost' | 'duplicates' | 'leaks' | 'uncovered') =>
    all.reduce((n, a) => n + a[k], 0);
  return {
    text,
    count,
    perNote,
    lost: sum('lost'),
    duplicates: sum('duplicates'),
    leaks: sum('leaks'),
    uncovered: sum('uncovered'),
    markerMessageSizes: all.flatMap((a) => a.markerMessageSizes),
  };
}
