import { describe, expect, it } from 'vitest';
import { random } from '../random';
import { latencyStats, niceBucket, rankOf, select } from './metrics';

describe('latency statistics', () => {
  it('match a full sort (nearest-rank percentiles), ignoring NaN', () => {
    const r = random(4);
    for (const n of [1, 2, 3, 10, 101, 5000]) {
      const xs = Array.from({ length: n }, (_, i) => (i % 17 === 5 ? NaN : Math.round(r.exponential(100) * 10) / 10));
      const kept = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
      const s = latencyStats(Float64Array.from(xs));
      expect(s).toEqual({
        count: kept.length,
        avg: xs.filter((x) => !Number.isNaN(x)).reduce((a, b) => a + b, 0) / kept.length, // summed in input order
        p50: kept[rankOf(0.5, kept.length)], p95: kept[rankOf(0.95, kept.length)], p99: kept[rankOf(0.99, kept.length)],
        max: kept[kept.length - 1],
      });
    }
    expect(latencyStats(Float64Array.from([NaN])).count).toBe(0);
  });

  it('select finds the k-th smallest, with duplicates and sorted input', () => {
    const sorted = Float64Array.from({ length: 1000 }, (_, i) => Math.floor(i / 3));
    for (const k of [0, 1, 500, 998, 999]) expect(select(Float64Array.from(sorted), k)).toBe(sorted[k]);
    expect(select(Float64Array.from([5, 5, 5, 1, 5]), 0)).toBe(1);
  });

  it('picks round bucket sizes', () => {
    expect(niceBucket(60 * 60_000)).toBe(60_000);
    expect(niceBucket(24 * 3_600_000)).toBe(30 * 60_000);
  });
});
