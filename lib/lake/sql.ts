/**
 * The SQL the lake runs on the page's DuckDB: typing the rows a cell hands in, and stitching
 * decoded files into one table with their Hive partition columns, the way DuckDB's
 * `read_parquet(glob, union_by_name = true)` would. Pure functions (unit-tested).
 */
import type { TableColumn } from '@/lib/kernel/outputs';
import { hivePartitions } from './paths';

/** A quoted identifier (`a"b` → `"a""b"`). */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A SQL string literal. */
export function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Checks a table or view name a cell gave: a plain identifier, as in the lesson's `table:`. */
export function checkTableName(name: unknown, what: string): string {
  if (typeof name !== 'string' || !TABLE_NAME.test(name)) {
    throw new TypeError(`${what}: the table name must be a plain identifier like daily_sales (letters, digits, _), got ${JSON.stringify(name)}`);
  }
  if (name.startsWith('__lake_')) throw new TypeError(`${what}: names starting with __lake_ are the lake's own`);
  return name;
}

/**
 * DuckDB types a cell may ask for when it writes rows: scalar types, DECIMAL(p,s) and
 * VARCHAR(n). Nested types (LIST, STRUCT) are written from SQL instead.
 */
const SCALAR_TYPE = /^(BOOLEAN|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL\(\d{1,2},\s*\d{1,2}\)|DECIMAL|VARCHAR(\(\d+\))?|DATE|TIME|TIMESTAMP|TIMESTAMP_S|TIMESTAMP_MS|TIMESTAMP_NS|TIMESTAMP WITH TIME ZONE|INTERVAL|UUID|BLOB)$/i;

/** True when rows may be written with this declared column type. */
export function isWritableType(type: string): boolean {
  return SCALAR_TYPE.test(type.trim());
}

/** `SELECT CAST(col AS type) AS col, …` over the staging table rows were inserted into. */
export function castRowsSql(stage: string, columns: TableColumn[]): string {
  const list = columns.map((c) => `CAST(${ident(c.name)} AS ${c.type}) AS ${ident(c.name)}`).join(', ');
  return `SELECT ${list} FROM ${ident(stage)}`;
}

/** The DuckDB type of a partition column from its values, as Hive type auto-casting does. */
export function partitionType(values: string[]): 'BIGINT' | 'DATE' | 'VARCHAR' {
  if (values.every((v) => /^-?\d{1,18}$/.test(v))) return 'BIGINT';
  if (values.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))) return 'DATE';
  return 'VARCHAR';
}

/** One decoded file, staged as a table, with its path and columns. */
export interface StagedFile {
  stage: string;
  path: string;
  columns: TableColumn[];
}

/**
 * One `SELECT` over every staged file: partition values of each path become columns (unless the
 * file already has a column of that name), files are combined `UNION ALL BY NAME`, so files
 * whose columns differ still combine (missing columns are NULL).
 */
export function unionFilesSql(files: StagedFile[]): string {
  const keys = new Map<string, string[]>();
  for (const f of files) {
    for (const { key, value } of hivePartitions(f.path)) {
      if (!keys.has(key)) keys.set(key, []);
      keys.get(key)!.push(value);
    }
  }
  const types = new Map([...keys].map(([k, values]) => [k, partitionType(values)]));
  return files
    .map((f) => {
      const own = new Set(f.columns.map((c) => c.name));
      const extra = hivePartitions(f.path)
        .filter((p) => !own.has(p.key))
        .map((p) => `CAST(${literal(p.value)} AS ${types.get(p.key)}) AS ${ident(p.key)}`);
      return `SELECT *${extra.map((e) => `, ${e}`).join('')} FROM ${ident(f.stage)}`;
    })
    .join('\nUNION ALL BY NAME\n');
}
