/**
 * Bulk loading of rows from a cell (`db.load`, `data.orders().toTable`, `run.toTable`) into the
 * page's DuckDB. SQL text is far too slow for this: 100,000 rows as INSERT literals took seconds
 * to parse, while the same rows as Arrow columns insert in a fraction of that. So the runner sends
 * columns, this module turns them into an Arrow IPC stream for duckdb-wasm's
 * `insertArrowFromIPCStream` (into a scratch table), and one SQL statement casts them into the
 * target table's types. The stream is serialised here, not by duckdb-wasm's `insertArrowTable`,
 * which silently inserts nothing when the Table comes from another copy of apache-arrow
 * (duckdb-wasm issue 1708; it happens in node tests).
 */
import { Bool, Float64, makeData, makeVector, Table, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { LoadColumn } from './protocol';
import { quoteIdentifier, tableReference } from './duckdb-sql';

/** Most columns one load may have (a wide mistake, e.g. rows of 10,000-key objects). */
export const MAX_LOAD_COLUMNS = 1_000;

/** Checks a load before anything reaches DuckDB; throws a readable error. */
export function checkLoad(table: string, columns: LoadColumn[], rowCount: number): void {
  tableReference(table);
  if (columns.length === 0) throw new Error(`Loading ${table}: the rows have no columns`);
  if (columns.length > MAX_LOAD_COLUMNS) throw new Error(`Loading ${table}: ${columns.length} columns is too many (limit ${MAX_LOAD_COLUMNS})`);
  const names = new Set<string>();
  for (const c of columns) {
    if (names.has(c.name.toLowerCase())) throw new Error(`Loading ${table}: column "${c.name}" appears twice (DuckDB names ignore case)`);
    names.add(c.name.toLowerCase());
    if (c.values.length !== rowCount) throw new Error(`Loading ${table}: column "${c.name}" has ${c.values.length} values for ${rowCount} rows`);
  }
}

/** Scratch column names: any text is a valid Arrow name, but these never need quoting twice. */
const scratchName = (k: number) => `c${k}`;

const encoder = new TextEncoder();

/**
 * A Utf8 vector built directly from its buffers: several times faster than `vectorFromArray`
 * (which goes through apache-arrow's generic builders), and strings are most of a load's cost.
 */
export function utf8Vector(values: readonly (string | null)[]): Vector {
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  const validity = new Uint8Array((n + 7) >> 3);
  let bytes = new Uint8Array(Math.max(64, n * 8));
  let end = 0;
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null) nulls++;
    else {
      validity[i >> 3] |= 1 << (i & 7);
      // Worst case 3 bytes per UTF-16 unit; grow before writing.
      if (end + v.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, end + v.length * 3));
        grown.set(bytes.subarray(0, end));
        bytes = grown;
      }
      let ascii = true;
      for (let j = 0; j < v.length; j++) {
        const code = v.charCodeAt(j);
        if (code > 127) {
          ascii = false;
          break;
        }
        bytes[end + j] = code;
      }
      end += ascii ? v.length : encoder.encodeInto(v, bytes.subarray(end)).written;
    }
    offsets[i + 1] = end;
  }
  return makeVector(makeData({ type: new Utf8(), length: n, nullCount: nulls, nullBitmap: nulls ? validity : undefined, valueOffsets: offsets, data: bytes.subarray(0, end) }));
}

/** The loaded columns as an Arrow table with scratch column names c0, c1, ... */
export function toArrowTable(columns: LoadColumn[]): Table {
  const vectors: Record<string, Vector> = {};
  columns.forEach((c, k) => {
    switch (c.type) {
      case 'VARCHAR':
        vectors[scratchName(k)] = utf8Vector(c.values);
        break;
      case 'BOOLEAN':
        vectors[scratchName(k)] = vectorFromArray(c.values, new Bool());
        break;
      default:
        // NaN stands for NULL and becomes one in SQL (see selectList): no validity bitmap to build.
        vectors[scratchName(k)] = makeVector({ type: new Float64(), data: c.values, length: c.values.length, nullCount: 0 });
    }
  });
  return new Table(vectors);
}

/** The loaded columns as an Arrow IPC stream (with its end-of-stream marker). */
export function toArrowIPC(columns: LoadColumn[]): Uint8Array {
  return tableToIPC(toArrowTable(columns), 'stream');
}

/** How one scratch column becomes a typed column of the target table. */
function castExpression(c: LoadColumn, k: number): string {
  const src = quoteIdentifier(scratchName(k));
  const num = `nullif(${src}, 'NaN'::DOUBLE)`;
  switch (c.type) {
    case 'BIGINT': return `CAST(${num} AS BIGINT)`;
    case 'DOUBLE': return num;
    case 'TIMESTAMP': return `make_timestamp(CAST(${num} * 1000 AS BIGINT))`;
    case 'DATE': return `CAST(make_timestamp(CAST(${num} * 1000 AS BIGINT)) AS DATE)`;
    default: return src;
  }
}

/** The statement that moves the scratch table into `table`, replacing it or appending by name. */
export function loadStatement(table: string, scratch: string, columns: LoadColumn[], mode: 'replace' | 'append'): string {
  const target = tableReference(table);
  const select = columns.map((c, k) => `${castExpression(c, k)} AS ${quoteIdentifier(c.name)}`).join(', ');
  const from = `FROM ${quoteIdentifier(scratch)}`;
  const schema = target.schema ? `CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(target.schema)};\n` : '';
  return mode === 'append'
    ? `INSERT INTO ${target.sql} BY NAME SELECT ${select} ${from};`
    : `${schema}CREATE OR REPLACE TABLE ${target.sql} AS SELECT ${select} ${from};`;
}
