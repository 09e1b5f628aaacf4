/**
 * Time and figures shared by the load benchmark's processes. Times are CLOCK_MONOTONIC in
 * milliseconds (`process.hrtime`), which every process on the machine shares, so a send time
 * taken in one load generator and an arrival time taken in another can be subtracted.
 */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Latencies as a sparse histogram of 0.1 ms buckets: tens of thousands of deliveries per run
 * cross the IPC channel as a few thousand [bucket, count] pairs instead of every number.
 */
export class Histogram {
  readonly buckets = new Map<number, number>();
  count = 0;

  add(ms: number): void {
    const key = Math.max(0, Math.round(ms * 10));
    this.buckets.set(key, (this.buckets.get(key) ?? 0) + 1);
    this.count++;
  }

  merge(pairs: readonly (readonly [number, number])[]): void {
    for (const [key, n] of pairs) {
      this.buckets.set(key, (this.buckets.get(key) ?? 0) + n);
      this.count += n;
    }
  }

  toPairs(): [number, number][] {
    return [...this.buckets];
  }

  /** The p-th percentile in ms (nearest rank), or NaN when empty. */
  percentile(p: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (const key of [...this.buckets.keys()].sort((a, b) => a - b)) {
      seen += this.buckets.get(key) ?? 0;
      if (seen >= rank) return key / 10;
    }
    return Number.NaN;
  }
}

export function histogramOf(values: readonly number[]): Histogram {
  const h = new Histogram();
  for (const v of values) h.add(v);
  return h;
}

/** "p50 1.2 · p95 3.4 · p99 5.6 ms" */
export function pct(h: Histogram, unit = 'ms'): string {
  if (h.count === 0) return 'n/a';
  return `p50 ${fmt(h.percentile(50))} · p95 ${fmt(h.percentile(95))} · p99 ${fmt(h.percentile(99))} ${unit}`;
}

/** A number with sensible precision for a table cell. */
export function fmt(value: number, digits?: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return value.toFixed(d);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

export function percentileOf(values: readonly number[], p: number): number {
  return histogramOf(values).percentile(p);
}
