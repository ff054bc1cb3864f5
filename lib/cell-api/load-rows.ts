/**
 * `db.load(table, rows)`: JS rows → typed columns for the page's bulk loader (lib/kernel/
 * duckdb-load.ts). Column types come from SQL metadata when the rows are a query result, from
 * `types` when given, and are otherwise inferred from every value, like DuckDB's CSV sniffer:
 * whole numbers → BIGINT, other numbers → DOUBLE, `'YYYY-MM-DD'` text → DATE,
 * `'YYYY-MM-DD HH:MM:SS'` text and `Date`s → TIMESTAMP, anything mixed → VARCHAR.
 */
import type { LoadColumn, LoadColumnType } from '@/lib/kernel/protocol';
import { sqlColumns } from './table';
import { timestampText, toTime, ToolkitError } from './time';

/** Options of `db.load`. */
export interface LoadOptions {
  /** `'replace'` (default) creates or replaces the table; `'append'` inserts by column name. */
  mode?: 'replace' | 'append';
  /** Column types to use instead of inferring them. */
  types?: Record<string, LoadColumnType>;
}

/** Sends columns to the page; provided by the runner's bridge. */
export type LoadTransport = (table: string, columns: LoadColumn[], rowCount: number, mode: 'replace' | 'append') => Promise<void>;

const LOAD_TYPES: readonly LoadColumnType[] = ['BIGINT', 'DOUBLE', 'BOOLEAN', 'VARCHAR', 'DATE', 'TIMESTAMP'];
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

// What values of a column were seen, as bits.
const INT = 1, FLOAT = 2, BOOL = 4, DATE = 8, STAMP = 16, TEXT = 32;

function kindOf(v: unknown): number {
  switch (typeof v) {
    case 'number': return Number.isSafeInteger(v) ? INT : FLOAT;
    case 'bigint': return Number.isSafeInteger(Number(v)) ? INT : TEXT;
    case 'boolean': return BOOL;
    case 'string': return DATE_TEXT.test(v) ? DATE : TIMESTAMP_TEXT.test(v) ? STAMP : TEXT;
  }
  return v instanceof Date ? STAMP : TEXT;
}

function typeOf(seen: number): LoadColumnType {
  if (seen === 0 || seen & TEXT) return 'VARCHAR';
  if ((seen & (INT | FLOAT)) === seen) return seen & FLOAT ? 'DOUBLE' : 'BIGINT';
  if (seen === BOOL) return 'BOOLEAN';
  if (seen === DATE) return 'DATE';
  if ((seen & (DATE | STAMP)) === seen) return 'TIMESTAMP';
  return 'VARCHAR';
}

/** A DuckDB type name (from a query result) as a load type. */
function fromSqlType(type: string): LoadColumnType {
  const t = type.toUpperCase();
  if (/^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|UHUGEINT)$/.test(t)) return 'BIGINT';
  if (/^(DOUBLE|FLOAT|REAL|DECIMAL.*)$/.test(t)) return 'DOUBLE';
  if (t === 'BOOLEAN' || t === 'DATE') return t;
  if (t.startsWith('TIMESTAMP')) return 'TIMESTAMP';
  return 'VARCHAR';
}

function asText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Date) return timestampText(v.getTime());
  if (typeof v === 'object') return JSON.stringify(v) ?? String(v);
  return String(v);
}

function column(name: string, type: LoadColumnType, rows: readonly Record<string, unknown>[]): LoadColumn {
  const n = rows.length;
  if (type === 'VARCHAR') return { name, type, values: rows.map((r) => (r[name] == null ? null : asText(r[name]))) };
  if (type === 'BOOLEAN') return { name, type, values: rows.map((r) => (r[name] == null ? null : Boolean(r[name]))) };
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = rows[i][name];
    if (v == null) values[i] = NaN;
    else if (type === 'DATE' || type === 'TIMESTAMP') values[i] = toTime(v as string | Date | number, `column ${name}, row ${i + 1}`);
    else {
      const x = Number(v);
      if (Number.isNaN(x)) throw new ToolkitError(`db.load: column ${name}, row ${i + 1}: ${asText(v)} is not a number`);
      values[i] = x;
    }
  }
  return { name, type, values };
}

/** Rows as load columns (see the module doc for how types are chosen). */
export function toLoadColumns(rows: readonly unknown[], types: Record<string, LoadColumnType> = {}): LoadColumn[] {
  if (!Array.isArray(rows)) throw new ToolkitError('db.load: rows must be an array of objects');
  const bad = rows.findIndex((r) => typeof r !== 'object' || r === null || Array.isArray(r));
  if (bad >= 0) throw new ToolkitError(`db.load: row ${bad + 1} is not an object`);
  for (const [name, t] of Object.entries(types)) {
    if (!LOAD_TYPES.includes(t)) throw new ToolkitError(`db.load: type of ${name} must be one of ${LOAD_TYPES.join(', ')}, got ${String(t)}`);
  }
  const records = rows as readonly Record<string, unknown>[];
  const known = new Map((sqlColumns(rows) ?? []).map((c) => [c.name, fromSqlType(c.type)]));
  const seen = new Map<string, number>();
  for (const row of records) {
    for (const key in row) {
      if (types[key] || known.has(key)) {
        if (!seen.has(key)) seen.set(key, 0);
        continue;
      }
      const v = row[key];
      seen.set(key, (seen.get(key) ?? 0) | (v == null ? 0 : kindOf(v)));
    }
  }
  for (const key of known.keys()) if (!seen.has(key)) seen.set(key, 0);
  return [...seen].map(([name, bits]) => column(name, types[name] ?? known.get(name) ?? typeOf(bits), records));
}

/** `db.load`: validates, converts and sends; resolves to the number of rows loaded. */
export async function loadRows(transport: LoadTransport, table: string, rows: readonly unknown[], options: LoadOptions = {}): Promise<number> {
  if (typeof table !== 'string' || table === '') throw new ToolkitError('db.load: the first argument is the table name');
  const mode = options.mode ?? 'replace';
  if (mode !== 'replace' && mode !== 'append') throw new ToolkitError(`db.load: mode must be 'replace' or 'append', got ${String(mode)}`);
  const columns = toLoadColumns(rows, options.types);
  if (columns.length === 0) throw new ToolkitError(`db.load: no columns to load into ${table} (the rows are empty objects, or there are no rows)`);
  await transport(table, columns, rows.length, mode);
  return rows.length;
}
