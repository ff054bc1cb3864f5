/**
 * Numbers about a run: latency percentiles, busy and occupied time, throughput, and per-bucket
 * series for charts. Pure functions over the engine's typed arrays.
 */
import { DAY, HOUR, MINUTE, SECOND } from '../time';

/** Latency statistics in ms (NaN values, i.e. events without a result, are left out). */
export interface LatencyStats {
  count: number;
  avg: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The nearest rank (0-based) of the q-quantile among `n` values. */
export function rankOf(q: number, n: number): number {
  return Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
}

/**
 * Puts the k-th smallest of `a[0..n)` at index k, smaller ones before it and larger after
 * (Hoare's quickselect): percentiles in linear time, where sorting a million latencies took
 * most of a run's metrics.
 */
export function select(a: Float64Array, k: number, n = a.length): number {
  let lo = 0, hi = n - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

/** Latency statistics of `values` (ms), which it reorders: pass a scratch copy. */
export function latencyStats(values: Float64Array): LatencyStats {
  let count = 0, sum = 0, max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      values[count++] = v; // compact in place: count never passes i
      sum += v;
      if (v > max) max = v;
    }
  }
  if (count === 0) return { count, avg: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN };
  // Ascending ranks: each select leaves the part above its rank for the next to search.
  const p50 = select(values, rankOf(0.5, count), count);
  const p95 = select(values, rankOf(0.95, count), count);
  const p99 = select(values, rankOf(0.99, count), count);
  return { count, avg: sum / count, p50, p95, p99, max };
}

const NICE = [SECOND, 5 * SECOND, 10 * SECOND, 30 * SECOND, MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 6 * HOUR, DAY];

/** A round bucket size that splits `span` ms into at most about `buckets` parts. */
export function niceBucket(span: number, buckets = 60): number {
  return NICE.find((b) => span / b <= buckets) ?? Math.ceil(span / buckets / DAY) * DAY;
}

/** Rounds to `digits` decimals; NaN and infinities become null (they have no SQL or chart value). */
export function rounded(x: number, digits = 3): number | null {
  if (!Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Per bucket of `times[i]`: how many, and latency stats of `values[i]` (ms). */
export function bucketed(times: Float64Array, values: Float64Array | undefined, origin: number, bucket: number) {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (t !== t) continue;
    const b = origin + Math.floor((t - origin) / bucket) * bucket;
    let g = groups.get(b);
    if (!g) groups.set(b, (g = []));
    g.push(values ? values[i] : 0);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([at, vs]) => ({ at, count: vs.length, stats: values ? latencyStats(Float64Array.from(vs)) : undefined }));
}
