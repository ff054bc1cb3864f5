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

/** The q-quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/** Latency statistics of `values` (ms). */
export function latencyStats(values: Float64Array): LatencyStats {
  let count = 0, sum = 0;
  const kept = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      kept[count++] = v;
      sum += v;
    }
  }
  const sorted = kept.subarray(0, count).sort();
  return {
    count,
    avg: count ? sum / count : NaN,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: count ? sorted[count - 1] : NaN,
  };
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
