/**
 * Comparing and showing single values the way a data check should: a BIGINT that arrives as
 * `bigint` equals the same number, dates compare by their instant, numbers may have a tolerance,
 * NULL and a missing value are the same thing.
 */
import { inspect } from '@/lib/cell-api/format';

/** Default absolute tolerance for numbers: float noise only, never a real difference. */
export const DEFAULT_TOLERANCE = 1e-9;

/** A value reduced to something `===`/JSON can compare: bigint → number, Date → ISO text. */
export function normalize(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

/** Whether two numbers are equal within an absolute tolerance (NaN equals NaN). */
export function closeTo(a: number, b: number, tolerance: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return a === b || Math.abs(a - b) <= tolerance;
}

/** Deep equality of normalised values; numbers within `tolerance`. */
export function sameValue(a: unknown, b: unknown, tolerance: number = DEFAULT_TOLERANCE): boolean {
  const x = normalize(a);
  const y = normalize(b);
  if (typeof x === 'number' && typeof y === 'number') return closeTo(x, y, tolerance);
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return x === y;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const xk = Object.keys(x as object);
  const yk = Object.keys(y as object);
  if (xk.length !== yk.length) return false;
  return xk.every((k) => sameValue((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], tolerance));
}

/** A value as code-like text for "expected … / found …" lines (strings quoted). */
export function describe(value: unknown): string {
  return inspect(value, { depth: 2, maxItems: 20, maxStringLength: 200 });
}

/** A value as table-cell text: strings raw, NULL for missing, numbers without noise digits. */
export function cellText(value: unknown): string {
  const v = normalize(value);
  if (v === null) return 'NULL';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  return inspect(v, { depth: 1, maxItems: 5, maxStringLength: 80 });
}

/** Compact key of a row over `columns`, for exact (tolerance-free) matching. */
export function rowKey(row: Record<string, unknown>, columns: readonly string[]): string {
  return JSON.stringify(columns.map((c) => normalize(row[c])));
}
