import { describe, expect, it } from 'vitest';
import { difference, parseHistogram, percentileMs } from '../bench/load/serverMetrics.ts';

const scrapeOf = (counts: number[]) =>
  [
    '# TYPE werkplaats_command_seconds histogram',
    `werkplaats_command_seconds_bucket{le="0.01",outcome="ok"} ${counts[0]}`,
    `werkplaats_command_seconds_bucket{le="0.05",outcome="ok"} ${counts[1]}`,
    `werkplaats_command_seconds_bucket{le="+Inf",outcome="ok"} ${counts[2]}`,
    `werkplaats_command_seconds_bucket{le="0.01",outcome="refused"} 1`,
    `werkplaats_command_seconds_bucket{le="0.05",outcome="refused"} 1`,
    `werkplaats_command_seconds_bucket{le="+Inf",outcome="refused"} 1`,
  ].join('\n');

describe('reading the server command histogram', () => {
  it('sums labels, subtracts the earlier scrape and interpolates inside a bucket', () => {
    const before = parseHistogram(scrapeOf([10, 10, 10]), 'werkplaats_command_seconds');
    const after = parseHistogram(scrapeOf([60, 110, 110]), 'werkplaats_command_seconds');
    const d = difference(after, before);
    expect(d.get(Infinity)).toBe(100);
    expect(percentileMs(d, 50)).toBeCloseTo(10);
    expect(percentileMs(d, 75)).toBeCloseTo(30);
    expect(percentileMs(new Map(), 95)).toBeNull();
  });
});
