/**
 * A table output's rows (plain JS values, see lib/kernel/convert.ts) back into Arrow, so the
 * lake's Parquet codec can write them. Column types follow the DuckDB type names the output
 * carries: integers stay integers, dates stay dates. DECIMAL becomes DOUBLE (the rows hold its
 * value as a number already); lists, structs, maps, intervals and other types are written as
 * their text (JSON for nested values), like the CSV export.
 */
import {
  Binary, Bool, DateDay, Float64, Int32, Int64, Table, TimestampMicrosecond, Utf8, makeData, makeVector, tableToIPC,
  vectorFromArray, type DataType, type Vector,
} from 'apache-arrow';
import { csvText } from './csv';

/** How one column is written. */
interface ColumnPlan {
  type: DataType;
  value(v: unknown): unknown;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?$/;

/** 'YYYY-MM-DD' as milliseconds since the epoch (Arrow's date builder counts days from them). */
function dateMs(v: unknown): number | null {
  const m = typeof v === 'string' ? DATE.exec(v) : null;
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** 'YYYY-MM-DD HH:MM:SS[.ffffff]' (DuckDB's text, no zone) as microseconds since the epoch. */
function timestampMicros(v: unknown): bigint | null {
  const m = typeof v === 'string' ? TIMESTAMP.exec(v) : null;
  if (!m) return null;
  const ms = Date.parse(`${m[1]}T${m[2]}Z`);
  if (Number.isNaN(ms)) return null;
  return BigInt(ms) * 1000n + BigInt((m[3] ?? '').padEnd(6, '0').slice(0, 6) || '0');
}

const asNumber = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : null);
const asInt64 = (v: unknown) => (typeof v === 'bigint' ? v : typeof v === 'number' && Number.isFinite(v) ? BigInt(Math.trunc(v)) : null);

/** The Arrow type and value conversion for a column of this DuckDB (or plain JS) type. */
function planFor(type: string): ColumnPlan {
  const t = type.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|UTINYINT|USMALLINT)$/.test(t)) return { type: new Int32(), value: asNumber };
  if (/^(BIGINT|UINTEGER|UBIGINT|HUGEINT|UHUGEINT)$/.test(t)) return { type: new Int64(), value: asInt64 };
  if (/^(FLOAT|DOUBLE|REAL|DECIMAL.*|NUMBER)$/.test(t)) return { type: new Float64(), value: asNumber };
  if (t === 'BOOLEAN') return { type: new Bool(), value: (v) => (typeof v === 'boolean' ? v : null) };
  if (t === 'DATE') return { type: new DateDay(), value: dateMs };
  if (t === 'BLOB') return { type: new Binary(), value: (v) => (v instanceof Uint8Array ? v : null) };
  return { type: new Utf8(), value: (v) => (v === null || v === undefined ? null : csvText(v)) };
}

/**
 * The rows as an Arrow IPC stream, one column per output column, in order.
 * @param columns names and DuckDB types of the output's columns
 */
/**
 * A TIMESTAMP column built from its microseconds directly: apache-arrow's builder takes
 * milliseconds as a float and would drop (or choke on) the microseconds.
 */
function timestampVector(values: readonly unknown[]): Vector {
  const data = new BigInt64Array(values.length);
  const valid = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    const micros = timestampMicros(v);
    if (micros === null) nullCount++;
    else [data[i], valid[i >> 3]] = [micros, valid[i >> 3] | (1 << (i & 7))];
  });
  return makeVector(makeData({ type: new TimestampMicrosecond(), length: values.length, nullCount, nullBitmap: valid, data }));
}

export function rowsToArrowIpc(columns: readonly { name: string; type: string }[], rows: readonly Record<string, unknown>[]): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const c of columns) {
    if (c.type.toUpperCase() === 'TIMESTAMP') {
      vectors[c.name] = timestampVector(rows.map((r) => r[c.name]));
      continue;
    }
    const plan = planFor(c.type);
    vectors[c.name] = vectorFromArray(rows.map((r) => plan.value(r[c.name])), plan.type);
  }
  return tableToIPC(new Table(vectors), 'stream');
}
