/**
 * Rows → a `TableOutput`: columns (from SQL metadata or inferred from JS values), cell values
 * normalised to JSON primitives (so outputs can be posted, persisted and rendered without
 * surprises), and the row cap with the true `rowCount` kept.
 */
import type { TableColumn, TableOutput } from '@/lib/kernel/outputs';
import { MAX_CELL_CHARS, MAX_TABLE_ROWS } from './caps';
import { truncateText } from './truncate';
import { inspect } from './format';

/** Options of `table(rows, options)`. */
export interface TableOptions {
  /** Columns to show, in this order (default: every key, in first-seen order). */
  columns?: string[];
  /** Most rows to keep (default and maximum: 10,000). */
  limit?: number;
}

/** A value a table cell can hold once normalised. */
export type CellValue = string | number | boolean | null;

/** How many rows are scanned to infer JS column names and types. */
const INFER_SAMPLE = 1_000;

/**
 * Attaches DuckDB column metadata to a rows array as a non-enumerable `columns` property:
 * invisible to `JSON.stringify`, spreads and `for…of`, but `table(rows)` can show SQL types.
 */
export function withColumns<T extends object>(rows: T[], columns: TableColumn[]): T[] & { readonly columns: TableColumn[] } {
  Object.defineProperty(rows, 'columns', { value: columns, enumerable: false, configurable: true });
  return rows as T[] & { readonly columns: TableColumn[] };
}

/** The SQL column metadata attached by `withColumns`, if any. */
export function sqlColumns(rows: unknown): TableColumn[] | undefined {
  if (!Array.isArray(rows)) return undefined;
  const d = Object.getOwnPropertyDescriptor(rows, 'columns');
  if (!d || d.enumerable || !Array.isArray(d.value)) return undefined;
  return d.value.every((c) => typeof c?.name === 'string' && typeof c?.type === 'string') ? d.value : undefined;
}

/** JS type name shown in a column header for rows that did not come from SQL. */
function jsType(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return 'date';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Column names (first-seen order) and JS types of plain rows; mixed columns read `number | string`. */
export function inferColumns(rows: readonly object[]): TableColumn[] {
  const types = new Map<string, Set<string>>();
  for (const row of rows.slice(0, INFER_SAMPLE)) {
    for (const [key, value] of Object.entries(row)) {
      let set = types.get(key);
      if (!set) types.set(key, (set = new Set()));
      const t = jsType(value);
      if (t) set.add(t);
    }
  }
  return [...types].map(([name, set]) => ({ name, type: set.size ? [...set].sort().join(' | ') : 'null' }));
}

/** Normalises one value for a table cell: JSON primitives only, long text cut. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string': return truncateText(v, MAX_CELL_CHARS);
    case 'number': case 'boolean': return v;
    case 'bigint': return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  return truncateText(inspect(v, { depth: 2, breakLength: Infinity }), MAX_CELL_CHARS);
}

/** Rows of primitives become one `value` column, so `table([1, 2, 3])` still works. */
function asRecord(row: unknown): object {
  return typeof row === 'object' && row !== null ? row : { value: row };
}

/**
 * Builds a table output from rows. `columns` metadata from SQL wins over inference; `rowCount`
 * defaults to `rows.length` (a page-side SQL result passes the true total).
 */
export function toTableOutput(
  rows: readonly unknown[],
  options: TableOptions & { knownColumns?: TableColumn[]; rowCount?: number } = {},
): TableOutput {
  if (!Array.isArray(rows)) {
    throw new TypeError(`table() expects an array of rows (objects), got ${inspect(rows, { depth: 0 })}`);
  }
  const limit = Math.max(0, Math.min(options.limit ?? MAX_TABLE_ROWS, MAX_TABLE_ROWS));
  const kept = rows.slice(0, limit).map(asRecord);
  let columns = options.knownColumns ?? sqlColumns(rows) ?? inferColumns(kept);
  if (options.columns) {
    const byName = new Map(columns.map((c) => [c.name, c]));
    columns = options.columns.map((name) => byName.get(name) ?? { name, type: 'null' });
  }
  const out = kept.map((row) => {
    const r: Record<string, CellValue> = {};
    for (const { name } of columns) r[name] = toCellValue((row as Record<string, unknown>)[name]);
    return r;
  });
  return { kind: 'table', columns, rows: out, rowCount: options.rowCount ?? rows.length };
}
