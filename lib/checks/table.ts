/**
 * Table assertions: `await expectTable('daily_report').toEqualRows(expected)`. The target is a
 * table name (read from DuckDB), rows the student's code made (`report`), or a query promise
 * (sql`…`). Every method is async; the harness also awaits any the author forgot to await.
 */
import type { TableColumn } from '@/lib/kernel/outputs';
import { inferColumns, sqlColumns } from '@/lib/cell-api/table';
import { quoteIdent } from '@/lib/cell-api/sql';
import { runnerText } from '@/lib/i18n/runner';
import { fail } from './expect';
import { compareOrdered, compareUnordered, type Row } from './rows';
import { columnTypeMatches } from './column-types';
import { cellText, describe, DEFAULT_TOLERANCE, rowKey } from './values';

/** Rows, or a promise of rows (a `sql` query). */
export type RowsInput = readonly object[] | PromiseLike<readonly object[]>;

/** What a table expectation needs from the runner. */
export interface TableDeps {
  /** Runs SQL on the lesson database; rows carry their column types. */
  query(text: string): Promise<readonly object[]>;
  /** Records an assertion in flight, so an un-awaited failure still fails its check. */
  track<T>(work: Promise<T>): Promise<T>;
}

/** Options of row comparisons. */
export interface RowsOptions {
  /** Absolute tolerance for numbers (default: float noise only). */
  tolerance?: number;
  /** Columns to compare (default: every key of the expected rows). */
  columns?: string[];
}

interface Loaded {
  rows: Row[];
  columns: TableColumn[];
}

const MISSING_TABLE = /Table with name .* does not exist|Catalog Error: Table/i;

/** Assertions on one table. */
export class TableExpectation {
  private loaded?: Promise<Loaded>;

  constructor(
    private readonly target: string | RowsInput,
    private readonly deps: TableDeps,
    private readonly note?: string,
  ) {}

  /** The table exists (a name) or the value is rows. */
  toExist(): Promise<void> {
    return this.deps.track(this.load().then(() => undefined));
  }

  /** Exactly `n` rows. */
  toHaveRowCount(n: number): Promise<void> {
    return this.deps.track(
      this.load().then(({ rows }) => {
        if (rows.length !== n) fail({ message: runnerText().checks.rowCount(n, rows.length), expected: String(n), actual: String(rows.length) }, this.note);
      }),
    );
  }

  /**
   * These columns exist: `['category', 'revenue']`, or with types `{ revenue: 'integer' }` (a DuckDB
   * type such as `BIGINT`, or a family: integer, number, text, boolean, date, timestamp).
   * With `exact`, no other column may exist.
   */
  toHaveColumns(spec: readonly string[] | Record<string, string>, options: { exact?: boolean } = {}): Promise<void> {
    return this.deps.track(
      this.load().then(({ rows, columns }) => {
        const wanted = Array.isArray(spec) ? spec.map((name) => [name, undefined] as const) : Object.entries(spec);
        const present = columns.map((c) => c.name);
        const missing = wanted.map(([name]) => name).filter((name) => !present.includes(name));
        if (missing.length > 0) fail({ message: runnerText().checks.columnsMissing(missing.join(', '), present.join(', ')) }, this.note);
        for (const [name, type] of wanted) {
          const column = columns.find((c) => c.name === name)!;
          if (type && !columnTypeMatches(type, column.type, rows.map((r) => r[name]))) {
            fail({ message: runnerText().checks.columnType(name, type, column.type), expected: type, actual: column.type }, this.note);
          }
        }
        const extra = present.filter((name) => !wanted.some(([w]) => w === name));
        if (options.exact && extra.length > 0) fail({ message: runnerText().checks.columnsExtra(extra.join(', ')) }, this.note);
      }),
    );
  }

  /** The same rows as `expected`, in any order (duplicates count). */
  toEqualRows(expected: RowsInput, options: RowsOptions = {}): Promise<void> {
    return this.deps.track(this.compare(expected, options, false));
  }

  /** The same rows as `expected`, in the same order. */
  toEqualRowsInOrder(expected: RowsInput, options: RowsOptions = {}): Promise<void> {
    return this.deps.track(this.compare(expected, options, true));
  }

  /** No two rows share the same value of `key` (one column or several). */
  toHaveNoDuplicates(key: string | readonly string[]): Promise<void> {
    const keys = typeof key === 'string' ? [key] : [...key];
    return this.deps.track(
      this.load().then(({ rows, columns }) => {
        this.requireColumns(keys, columns);
        const seen = new Map<string, number>();
        let duplicates = 0;
        let example: Row | undefined;
        for (const row of rows) {
          const k = rowKey(row, keys);
          const n = seen.get(k) ?? 0;
          if (n > 0) {
            duplicates++;
            example ??= row;
          }
          seen.set(k, n + 1);
        }
        if (example) {
          const label = keys.map((c) => `${c}=${cellText(example![c])}`).join(', ');
          fail({ message: runnerText().checks.duplicates(keys.join(', '), duplicates, label) }, this.note);
        }
      }),
    );
  }

  /** The rows, for free-form checks. */
  rows(): Promise<Row[]> {
    return this.deps.track(this.load().then(({ rows }) => rows));
  }

  private async compare(expectedInput: RowsInput, options: RowsOptions, ordered: boolean): Promise<void> {
    const [{ rows, columns }, expected] = await Promise.all([this.load(), resolveRows(expectedInput, this.note)]);
    const keys = options.columns ?? unionKeys(expected as Row[]);
    const compared = keys.length > 0 ? keys : columns.map((c) => c.name);
    this.requireColumns(compared, columns, rows.length === 0 && expected.length === 0);
    // Nothing to compare row by row: listing every expected row would only hand out the answer.
    if (rows.length === 0 && expected.length > 0) fail({ message: runnerText().checks.emptyResult(expected.length) }, this.note);
    const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
    const result = (ordered ? compareOrdered : compareUnordered)(rows, expected as Row[], compared, tolerance);
    if (!result.diff) return;
    let message = runnerText().checks.rowsDiffer(result.missing + result.changed, result.extra + result.changed);
    if (expected.length !== rows.length) message = `${runnerText().checks.rowCount(expected.length, rows.length)} ${message}`;
    if (ordered && result.firstIndex !== undefined) message = runnerText().checks.rowsOutOfOrder(result.firstIndex + 1);
    fail({ message, diff: result.diff }, this.note);
  }

  private requireColumns(names: readonly string[], columns: TableColumn[], lenient = false): void {
    const present = columns.map((c) => c.name);
    const missing = names.filter((n) => !present.includes(n));
    if (missing.length > 0 && !lenient && present.length > 0) {
      fail({ message: runnerText().checks.columnsMissing(missing.join(', '), present.join(', ')) }, this.note);
    }
  }

  private load(): Promise<Loaded> {
    this.loaded ??= this.read();
    return this.loaded;
  }

  private async read(): Promise<Loaded> {
    const target = this.target;
    if (typeof target !== 'string') {
      const rows = (await resolveRows(target, this.note)) as Row[];
      return { rows, columns: sqlColumns(rows) ?? inferColumns(rows) };
    }
    let rows: readonly object[];
    try {
      rows = await this.deps.query(`SELECT * FROM ${target.split('.').map(quoteIdent).join('.')}`);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      fail({ message: MISSING_TABLE.test(message) ? runnerText().checks.tableMissing(target) : runnerText().checks.queryFailed(message) }, this.note);
    }
    return { rows: rows as Row[], columns: sqlColumns(rows) ?? inferColumns(rows) };
  }
}

/** Awaits rows and checks they are an array of objects. */
async function resolveRows(input: RowsInput, note?: string): Promise<readonly object[]> {
  let rows: unknown;
  try {
    rows = await input;
  } catch (e) {
    fail({ message: runnerText().checks.queryFailed(e instanceof Error ? e.message : String(e)) }, note);
  }
  if (!Array.isArray(rows)) fail({ message: runnerText().checks.notRows(describe(rows)) }, note);
  return rows as readonly object[];
}

function unionKeys(rows: readonly Row[]): string[] {
  const keys: string[] = [];
  for (const row of rows) for (const k of Object.keys(row)) if (!keys.includes(k)) keys.push(k);
  return keys;
}
