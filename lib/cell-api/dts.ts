/**
 * Ambient declarations of everything a cell can call, given to Monaco as an extra lib so the
 * editor shows types and docs (IntelliSense). A global script: no import / export.
 * Keep in step with install.ts (the implementation) and README.md (the prose for authors).
 */
import { TOOLKIT_DTS } from './dts-toolkit';
import { LAKE_DIAGRAM_DTS } from './dts-lake';

export const CELL_API_DTS = `
/** One row of a query result: column name → value. See {@link sql} for how SQL types arrive. */
interface SqlRow {
  [column: string]: any;
}

/** A column of a query result: its name and DuckDB type (INTEGER, VARCHAR, DATE...). */
interface SqlColumn {
  name: string;
  type: string;
}

/**
 * Rows of a query result: a plain array of plain objects, plus a hidden (non-enumerable)
 * \`columns\` property with the DuckDB column types, which \`table(rows)\` shows.
 */
type SqlRows<T extends object = SqlRow> = T[] & { readonly columns: SqlColumn[] };

/** Text spliced into a query verbatim, made by \`sql.raw\` or \`sql.ident\`. */
interface SqlFragment {
  readonly text: string;
}

interface SqlTag {
  /**
   * Runs a query on the lesson's DuckDB database and resolves to its rows.
   *
   * Every \`\${value}\` becomes a bound parameter ($1, $2...), never text pasted into the query,
   * so quotes in data cannot break or inject into the query.
   * Parameters: string, number, boolean, bigint, null, Date (a UTC TIMESTAMP), Uint8Array (BLOB),
   * arrays (LIST) and plain objects (STRUCT) of those; undefined is an error (use null).
   * For a table or column name use \`sql.ident(name)\`.
   *
   * Values arrive as plain JS: BIGINT / HUGEINT / DECIMAL → number, DATE → 'YYYY-MM-DD',
   * TIMESTAMP → 'YYYY-MM-DD HH:MM:SS', NULL → null.
   *
   * @example const rows = await sql\`SELECT category, SUM(amount) AS total FROM sales GROUP BY 1\`;
   * @example const big = await sql<{ id: number; amount: number }>\`SELECT id, amount FROM sales WHERE amount > \${limit}\`;
   */
  <T extends object = SqlRow>(strings: TemplateStringsArray, ...values: unknown[]): Promise<SqlRows<T>>;
  /**
   * Like \`sql\`, but resolves to the first row, or \`undefined\` when there is none.
   * @example const order = await sql.one\`SELECT * FROM orders WHERE id = \${id}\`;
   */
  one<T extends object = SqlRow>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T | undefined>;
  /**
   * Like \`sql\`, but resolves to the first column of the first row (\`undefined\` when no row).
   * @example const n = await sql.value<number>\`SELECT COUNT(*) FROM sales\`;
   */
  value<V = any>(strings: TemplateStringsArray, ...values: unknown[]): Promise<V | undefined>;
  /**
   * Splices \`text\` into the query as-is. DANGER: nothing is escaped; text that comes from data
   * or user input can change the query (SQL injection). Prefer \`\${value}\` parameters, and
   * \`sql.ident\` for names.
   * @example await sql\`SELECT * FROM sales ORDER BY amount \${sql.raw(desc ? 'DESC' : 'ASC')}\`;
   */
  raw(text: string): SqlFragment;
  /**
   * A table or column name, safely quoted (\`order\` → \`"order"\`).
   * @example await sql\`SELECT COUNT(*) AS n FROM \${sql.ident(tableName)}\`;
   */
  ident(name: string): SqlFragment;
}

/**
 * Runs SQL on the lesson's DuckDB database, written as a tagged template (no parentheses).
 * @example const rows = await sql\`SELECT 1 AS one\`;
 */
declare const sql: SqlTag;

/** Lower-level access to the lesson database (\`db\`). */
interface NotebookDb {
  /**
   * Runs one or more statements (CREATE, INSERT, COPY...) and returns nothing.
   * Tables live in the page's database: they survive Stop (variables do not).
   * @example await db.exec('CREATE OR REPLACE TABLE clean AS SELECT * FROM raw WHERE amount > 0');
   */
  exec(sql: string): Promise<void>;
  /**
   * Runs a query written as plain text, with \`$1, $2...\` placeholders for \`params\`.
   * @example await db.query('SELECT * FROM sales WHERE amount > $1', [100]);
   */
  query<T extends object = SqlRow>(sql: string, params?: unknown[]): Promise<SqlRows<T>>;
}

/** Lower-level access to the lesson database. */
declare const db: NotebookDb;

/**
 * Shows values below the cell: arrays of plain objects (and query results) as tables, strings as
 * text, anything else formatted. A cell's last expression is shown the same way.
 * @example display('before:', rows.length); display(rows);
 */
declare function display(...values: unknown[]): void;

/**
 * Shows HTML below the cell, inert: it is drawn in a sandboxed frame where scripts, event handlers
 * and outside resources do nothing (images only as \`data:\` URLs). At most 200,000 characters.
 * @example html('<b>bold</b> and <span style="color: tomato">color</span>');
 */
declare function html(markup: string): void;

/** Options of {@link table}. */
interface TableOptions {
  /** Columns to show, in this order (default: all, in first-seen order). */
  columns?: string[];
  /** Most rows to keep (default and maximum 10,000; the true count is still shown). */
  limit?: number;
}

/**
 * Shows rows as a table. Query results keep their SQL column types; other rows show JS types.
 * @example table([{ city: 'Seoul', n: 3 }, { city: 'Busan', n: 1 }]);
 */
declare function table(rows: readonly unknown[], options?: TableOptions): void;

/** Chart kinds. */
type ChartType = 'line' | 'bar' | 'area' | 'scatter';

/** One plotted series: the y column, with an optional legend label and color. */
interface ChartSeries {
  y: string;
  label?: string;
  color?: string;
}

/** What to draw: \`data\` rows, the \`x\` column, and one or more \`y\` columns (numbers). */
interface ChartSpec {
  type: ChartType;
  /** Rows to plot (at most 10,000: aggregate first). */
  data: readonly object[];
  /** Column for the x axis. */
  x: string;
  /** Column(s) for the y axis: 'total', ['a', 'b'], or [{ y: 'a', label: 'A' }]. */
  y: string | string[] | ChartSeries[];
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** Height in pixels, 100–1000. */
  height?: number;
  /** Stack the series (bar and area charts). */
  stacked?: boolean;
}

/**
 * Draws a chart below the cell. Throws a ChartError naming the problem when the spec is wrong
 * (unknown type, a column that is not in data, a y column without numbers).
 * @example chart({ type: 'bar', data: totals, x: 'category', y: 'total', title: 'Sales by category' });
 */
declare function chart(spec: ChartSpec): void;
` + TOOLKIT_DTS + LAKE_DIAGRAM_DTS;

/** Identifiers a binding name must match (what `name=` on a SQL cell may be). */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The declaration of a named SQL cell's rows (`sql name=totals` → `declare var totals: SqlRows;`),
 * so later cells that use `totals` type-check in the editor. Empty for an invalid name.
 */
export function sqlBindingDts(name: string): string {
  return IDENTIFIER.test(name) ? `declare var ${name}: SqlRows;\n` : '';
}
