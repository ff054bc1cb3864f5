/**
 * DuckDB query results (Arrow) → plain, structured-clonable rows: the one place where SQL
 * values become JS values. The cell API documentation cites these rules.
 *
 * Columns carry DuckDB type names as `DESCRIBE` spells them: `INTEGER`, `BIGINT`, `DOUBLE`,
 * `DECIMAL(10,2)`, `VARCHAR`, `BOOLEAN`, `DATE`, `TIMESTAMP`, `HUGEINT`, `INTEGER[]` (LIST),
 * `INTEGER[3]` (ARRAY), `STRUCT(a INTEGER, b VARCHAR)`, `MAP(VARCHAR, INTEGER)`... They are
 * recovered from the Arrow schema, which blurs a few: DECIMAL(38,0) shows as HUGEINT, UUID
 * and JSON as VARCHAR, BIT as BLOB, ENUM as `ENUM` (see duckdb-types.ts).
 *
 * Values:
 * | SQL type                                   | JS value                                              |
 * |--------------------------------------------|-------------------------------------------------------|
 * | NULL (any type)                            | `null`                                                |
 * | TINYINT … INTEGER, UTINYINT … UINTEGER     | `number`                                              |
 * | BIGINT, UBIGINT, HUGEINT, UHUGEINT, BIGNUM | `number`: exact up to 2^53 (9007199254740992); larger |
 * |                                            | values are rounded to the nearest double, so          |
 * |                                            | 2^53 + 1 reads as 9007199254740992                    |
 * | DECIMAL(p,s)                               | `number` (the scaled value: 12.34), same rounding     |
 * | FLOAT, DOUBLE                              | `number`; FLOAT as its shortest decimal (0.1, not     |
 * |                                            | 0.10000000149011612); NaN/Infinity kept               |
 * | BOOLEAN                                    | `boolean`                                             |
 * | VARCHAR, UUID, JSON, ENUM                  | `string`                                              |
 * | DATE                                       | `'YYYY-MM-DD'`                                        |
 * | TIMESTAMP (_S, _MS, _NS)                   | `'YYYY-MM-DD HH:MM:SS'`, plus `.fff…` only when there |
 * |                                            | is a sub-second part, trailing zeros trimmed          |
 * |                                            | (`…10:30:00.5`), exactly as `::VARCHAR` prints it     |
 * | TIMESTAMP WITH TIME ZONE                   | the same in UTC with `+00` appended                   |
 * | TIME                                       | `'HH:MM:SS'` (`.fff…` as above)                       |
 * | INTERVAL                                   | DuckDB's text: `'1 year 2 months 3 days 04:05:06'`    |
 * | BLOB                                       | `Uint8Array` (a copy); BIT gives DuckDB's raw bytes   |
 * | LIST, ARRAY                                | array, elements converted by these rules              |
 * | STRUCT                                     | plain object, members converted by these rules        |
 * | MAP                                        | plain object keyed by `String(key)`                   |
 * | UNION                                      | the value of the selected member                      |
 * Dates before year 1 carry DuckDB's ` (BC)` marker; `infinity` dates and timestamps come
 * back as `'infinity'` / `'-infinity'`.
 *
 * Rows are ordinary objects keyed by column name (no Arrow proxies), so they can be posted
 * to workers. Duplicate column names (`SELECT 1 AS a, 2 AS a`) get `_1`, `_2`… suffixes,
 * in both `columns` and row keys, so no value is silently overwritten.
 *
 * Conversion is column by column over typed buffers (duckdb-readers.ts), never through
 * `table.toArray()`.
 */
import type { Field, RecordBatch, Schema } from 'apache-arrow';
import type { TableColumn } from './outputs';
import { setProp } from './duckdb-chunk';
import { binderFor } from './duckdb-readers';
import { duckdbTypeName } from './duckdb-types';

/** A converted query result: DuckDB-typed columns and plain rows. */
export interface QueryResult {
  columns: TableColumn[];
  rows: Record<string, unknown>[];
  rowCount: number;
}

/** What conversion needs from an Arrow result: an `arrow.Table` or a streamed schema + batches. */
export interface ArrowResult {
  schema: Schema;
  batches: readonly RecordBatch[];
}

/** Column names made unique with DuckDB-style `_1`, `_2` suffixes. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 1; taken.has(candidate); n++) candidate = `${name}_${n}`;
    taken.add(candidate);
    return candidate;
  });
}

/**
 * Converts a DuckDB Arrow result to columns and plain rows by the rules above. `maxRows` converts
 * only the first rows (a result that is only displayed needs no more); `rowCount` stays the total.
 */
export function toQueryResult(result: ArrowResult, maxRows = Infinity): QueryResult {
  const fields: Field[] = result.schema.fields;
  const names = uniqueNames(fields.map((f) => f.name));
  const columns = fields.map((f, c) => ({ name: names[c], type: duckdbTypeName(f) }));
  const binders = fields.map(binderFor);
  // Every row starts as a copy of one template, so all rows share one hidden class and
  // each column loop below stores to the same property of the same shape: a monomorphic
  // store per column, which is what makes million-row results fast.
  const template: Record<string, unknown> = {};
  for (const name of names) setProp(template, name, null);

  let rowCount = 0;
  for (const batch of result.batches) rowCount += batch.numRows;
  const kept = Math.min(rowCount, Math.max(0, maxRows));
  const rows: Record<string, unknown>[] = new Array(kept);

  let base = 0;
  for (const batch of result.batches) {
    const n = Math.min(batch.numRows, kept - base);
    if (n <= 0) break;
    for (let i = 0; i < n; i++) rows[base + i] = { ...template };
    for (let c = 0; c < names.length; c++) {
      const get = binders[c](batch.data.children[c]);
      const name = names[c];
      for (let i = 0; i < n; i++) rows[base + i][name] = get(i);
    }
    base += n;
  }
  return { columns, rows, rowCount };
}
