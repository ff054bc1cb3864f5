/**
 * The SQL the lesson database runs to set itself up: offline-safe settings, the lesson
 * clock macros and the tables loaded from data files. Pure functions, so every statement
 * is unit-tested (and run against real DuckDB) in node.
 */
import { clockMacrosSql } from './clock-sql';

/** A lesson data file: fetched from `url`, registered as `file`, optionally loaded into `table`. */
export interface DataFileSpec {
  file: string;
  url: string;
  table?: string;
}

/**
 * Nothing may try the network: DuckDB-wasm would otherwise download an extension on first
 * use, which offline hangs (or fails obscurely) instead of raising a clear error.
 */
export const OFFLINE_SETTINGS_SQL = 'SET autoinstall_known_extensions=false;\nSET autoload_known_extensions=false;';

/** A SQL string literal. */
export function quoteString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A quoted identifier; `name` must already be validated (see `tableReference`). */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

// The clock macros live in clock-sql.ts: the page's kernel needs them from the first load (a cell
// may move the clock), the rest of this module only once DuckDB loads.
export { clockMacrosSql };

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOADABLE = /\.(csv|tsv)$/i;
const NEEDS_EXTENSION: [RegExp, string][] = [
  [/\.parquet$/i, 'parquet'],
  [/\.(json|jsonl|ndjson)$/i, 'json'],
];

/** `table` or `schema.table`, validated and quoted. */
export function tableReference(name: string): { schema?: string; sql: string } {
  const parts = name.split('.');
  if (parts.length > 2 || !parts.every((p) => IDENTIFIER.test(p))) {
    throw new Error(`Invalid table name "${name}": use letters, digits and underscores (optionally schema.table)`);
  }
  return { schema: parts.length === 2 ? parts[0] : undefined, sql: parts.map(quoteIdentifier).join('.') };
}

/**
 * Checks a data file spec before anything is fetched: a plain file name (it becomes a path
 * in DuckDB's virtual file system), a loadable format, a valid table name.
 */
export function checkDataFile(spec: DataFileSpec): void {
  if (!FILE_NAME.test(spec.file)) {
    throw new Error(`Invalid data file name "${spec.file}": use a plain file name such as sales_raw.csv`);
  }
  for (const [pattern, extension] of NEEDS_EXTENSION) {
    if (pattern.test(spec.file)) {
      throw new Error(
        `Data file "${spec.file}": ${extension} files cannot be read yet — DuckDB-wasm loads its ${extension} ` +
          'extension from the network, and this notebook runs offline. Use a CSV file.',
      );
    }
  }
  if (!LOADABLE.test(spec.file)) throw new Error(`Data file "${spec.file}": only .csv and .tsv files are supported`);
  if (spec.table !== undefined) tableReference(spec.table);
}

/** The statements that load a data file into its table, or '' when it has none. */
export function loadTableSql(spec: DataFileSpec): string {
  if (spec.table === undefined) return '';
  const table = tableReference(spec.table);
  const schema = table.schema ? `CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(table.schema)};\n` : '';
  return `${schema}CREATE OR REPLACE TABLE ${table.sql} AS SELECT * FROM read_csv_auto(${quoteString(spec.file)});`;
}

/** Validates a database configuration (clock, data files, unique file names); throws on the first problem. */
export function checkDatabaseConfig(config: { clock: string; dataFiles: DataFileSpec[] }): void {
  clockMacrosSql(config.clock);
  config.dataFiles.forEach(checkDataFile);
  const names = config.dataFiles.map((f) => f.file);
  const duplicate = names.find((name, k) => names.indexOf(name) !== k);
  if (duplicate) throw new Error(`Data file "${duplicate}" is listed twice`);
}
