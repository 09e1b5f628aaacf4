/**
 * The server's own view of command latency, read from its `GET /metrics` (Prometheus text)
 * before and after a scenario. It shows how much of the submit→ack time the load generator
 * adds on a 2-core machine where both share the cores: the server measures from reading a
 * command to writing its acknowledgement.
 */

/** Cumulative bucket counts of one histogram, summed over its labels: upper bound → count. */
export type Buckets = Map<number, number>;

export function parseHistogram(text: string, name: string): Buckets {
  const buckets: Buckets = new Map();
  const line = new RegExp(`^${name}_bucket\\{(?:[^}]*,)?le="([^"]+)"[^}]*\\} (\\d+(?:\\.\\d+)?)$`);
  for (const row of text.split('\n')) {
    const m = line.exec(row);
    if (!m) continue;
    const le = m[1] === '+Inf' ? Infinity : Number(m[1]);
    buckets.set(le, (buckets.get(le) ?? 0) + Number(m[2]));
  }
  return buckets;
}

/** What happened between two scrapes. */
export function difference(after: Buckets, before: Buckets): Buckets {
  const d: Buckets = new Map();
  for (const [le, n] of after) d.set(le, n - (before.get(le) ?? 0));
  return d;
}

/**
 * A percentile from cumulative buckets, interpolated linearly inside its bucket (as
 * Prometheus's `histogram_quantile` does); milliseconds. Null when nothing was observed.
 */
export function percentileMs(buckets: Buckets, p: number): number | null {
  const bounds = [...buckets.keys()].sort((a, b) => a - b);
  const total = buckets.get(Infinity) ?? 0;
  if (total === 0) return null;
  const rank = (p / 100) * total;
  let lower = 0;
  let below = 0;
  for (const le of bounds) {
    const count = buckets.get(le) ?? 0;
    if (count >= rank) {
      if (le === Infinity) return lower * 1000;
      const inBucket = count - below;
      const share = inBucket === 0 ? 0 : (rank - below) / inBucket;
      return (lower + (le - lower) * share) * 1000;
    }
    lower = le;
    below = count;
  }
  return lower * 1000;
}

export async function scrape(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  if (!response.ok) throw new Error(`GET /metrics: ${response.status}`);
  return response.text();
}
