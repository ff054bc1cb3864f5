/**
 * Parameterised queries as SQL prepared statements:
 *
 *   PREPARE lesson_param_query AS
 *   <the cell's statement with $1, $2 / ? placeholders>
 *   ;
 *   EXECUTE lesson_param_query(<one SQL literal per parameter>);
 *
 * Why not duckdb-wasm's `conn.prepare()`: its statements execute in one uninterruptible
 * call, so Stop could not cancel them, while this text runs as an ordinary pending query
 * that `cancel()` interrupts. The parameter values are still bound by DuckDB (the prepared
 * statement never sees them as SQL text); each is written as one self-contained literal
 * (strings quoted, numbers validated), so a value can never change the statement. It also
 * types values better than the JSON-based `conn.prepare()` (bigint, Date, arrays, objects).
 *
 * Literal rules (JS → SQL):
 * - `null`/`undefined` → NULL; booleans → TRUE/FALSE;
 * - safe integers and bigints → integer literals; other numbers → DOUBLE (NaN, ±Infinity kept);
 * - strings → string literals (they cast implicitly, so '2024-01-31' compares to a DATE);
 * - `Date` → TIMESTAMP (UTC); `Uint8Array`/`ArrayBuffer` → BLOB;
 * - arrays → lists, plain objects → structs (recursively).
 */
import { quoteString } from './duckdb-sql';
import { statementRanges } from './duckdb-statements';

/** The prepared statement's name; queries are serialised, so one name is enough. */
export const PREPARED_NAME = 'lesson_param_query';

/** Frees the prepared statement after the query (errors ignored: it may not exist). */
export const DEALLOCATE_SQL = `DEALLOCATE PREPARE ${PREPARED_NAME};`;

const MAX_DEPTH = 32;

function stringLiteral(text: string): string {
  // A NUL cannot appear inside SQL text; splice it in with chr(0).
  return text.includes('\0') ? `(${text.split('\0').map(quoteString).join(' || chr(0) || ')})` : quoteString(text);
}

function blobLiteral(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += `\\x${b.toString(16).padStart(2, '0').toUpperCase()}`;
  return `'${hex}'::BLOB`;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** One JS value as a SQL literal by the rules above; TypeError for anything else. */
export function sqlLiteral(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) throw new TypeError('nested too deeply (or circular)');
  if (value === null || value === undefined) return 'NULL';
  switch (typeof value) {
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    case 'bigint':
      return value.toString();
    case 'number':
      return Number.isSafeInteger(value) ? String(value) : `CAST('${String(value)}' AS DOUBLE)`;
    case 'string':
      return stringLiteral(value);
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new TypeError('Invalid Date');
    return `make_timestamp(${BigInt(ms) * 1000n})`;
  }
  if (value instanceof Uint8Array) return blobLiteral(value);
  if (value instanceof ArrayBuffer) return blobLiteral(new Uint8Array(value));
  if (Array.isArray(value)) return `[${value.map((v) => sqlLiteral(v, depth + 1)).join(', ')}]`;
  if (typeof value === 'object' && isPlainObject(value)) {
    const entries = Object.entries(value).map(([k, v]) => `${quoteString(k)}: ${sqlLiteral(v, depth + 1)}`);
    if (entries.length === 0) throw new TypeError('an empty object has no SQL equivalent');
    return `{${entries.join(', ')}}`;
  }
  const kind = typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
  throw new TypeError(`${kind} values cannot be SQL parameters`);
}

/** The PREPARE/EXECUTE script for one statement and its parameters (see the module doc). */
export function preparedQuerySql(sql: string, params: readonly unknown[]): string {
  const statements = statementRanges(sql);
  if (statements.length !== 1) {
    throw new Error(`A query with parameters must be exactly one SQL statement (found ${statements.length})`);
  }
  const args = params.map((p, k) => {
    try {
      return sqlLiteral(p);
    } catch (e) {
      throw new TypeError(`SQL parameter ${k + 1}: ${(e as Error).message}`);
    }
  });
  const { start, end } = statements[0];
  // Blank out anything before the statement (comments, stray ';') but keep its line breaks,
  // so DuckDB's "LINE n" positions stay those of the cell, one line down (see below).
  const before = sql.slice(0, start).replace(/[^\n]/g, ' ');
  return `PREPARE ${PREPARED_NAME} AS\n${before}${sql.slice(start, end)}\n;\nEXECUTE ${PREPARED_NAME}(${args.join(', ')});`;
}

/** Maps "LINE n:" in an error of the prepared script back to the cell's own line numbers. */
export function unwrapPreparedError(message: string): string {
  return message.replace(/^LINE (\d+):/gm, (_, n: string) => `LINE ${Math.max(1, Number(n) - 1)}:`);
}
