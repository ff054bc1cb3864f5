/**
 * Ambient declarations of `lake` and `diagram`, appended to CELL_API_DTS (dts.ts) so Monaco shows
 * them as IntelliSense. Keep in step with lake.ts, diagram.ts and README.md.
 */
export const LAKE_DIAGRAM_DTS = `
/** One file of the lake, as \`lake.list()\` reports it. */
interface LakeFile {
  /** Its path, e.g. 'bronze/sales/date=2024-01-15/part-0.parquet'. */
  path: string;
  rows: number;
  /** File size in bytes. */
  bytes: number;
  /** Columns and DuckDB types, e.g. 'id INTEGER, amount DECIMAL(10,2)'. */
  schema: string;
}

/** Options of {@link lake.write}. */
interface LakeWriteOptions {
  /**
   * 'file' (default): replace only the file at this path.
   * 'partition': also delete the other files in its folder (overwrite the whole partition).
   */
  overwrite?: 'file' | 'partition';
}

/** A table or view made from lake files. */
interface LakeLoadResult {
  name: string;
  /** How many files were read. */
  files: number;
  rows: number;
}

/**
 * A Parquet data lake: real Parquet files kept by the page (they survive Stop; Restart empties the
 * lake; reloading the page loses it). Paths look like object-store keys
 * ('bronze/sales/date=2024-01-15/part-0.parquet'). Patterns select files: one path, a folder
 * ('bronze/sales', everything below it), or a glob ('bronze/sales/*\\/*.parquet'; * and ? stay in
 * one folder, ** spans folders). Folders named key=value are Hive partitions: reading adds a
 * column \`key\` (typed BIGINT, DATE or VARCHAR from the values) unless the file has one.
 */
declare const lake: {
  /**
   * Writes a query result to one Parquet file at \`path\` with the query's exact column types.
   * Writing the same path again replaces the file (re-running never duplicates rows).
   * @example await lake.write('bronze/sales/date=2024-01-15/part-0.parquet', "SELECT * FROM sales WHERE day = DATE '2024-01-15'");
   * @example await lake.write(\`bronze/sales/date=\${day}/part-0.parquet\`, 'SELECT * FROM sales WHERE day = $1', [day]);
   */
  write(path: string, query: string, params?: unknown[], options?: LakeWriteOptions): Promise<LakeFile>;
  /**
   * Writes rows to one Parquet file. Rows from \`sql\` keep their SQL types; plain objects get
   * BIGINT / DOUBLE / VARCHAR / BOOLEAN / TIMESTAMP (Date) from their values.
   * @example await lake.write('events/day=1/part-0.parquet', [{ user: 'kim', clicks: 3 }]);
   */
  write(path: string, rows: readonly object[], options?: LakeWriteOptions): Promise<LakeFile>;
  /**
   * Reads the matching files into rows (with their SQL column types).
   * @example const rows = await lake.read('bronze/sales', { limit: 100 });
   */
  read<T extends object = SqlRow>(pattern: string, options?: { limit?: number }): Promise<SqlRows<T>>;
  /**
   * Loads the matching files into a DuckDB table (created or replaced): a snapshot of the files now.
   * @example await lake.load('bronze/sales/*\\/*.parquet', 'bronze_sales');
   */
  load(pattern: string, table: string): Promise<LakeLoadResult>;
  /**
   * A DuckDB view over the matching files that stays up to date: every later write or delete
   * under the pattern refreshes it.
   * @example await lake.view('silver/sales', 'silver_sales_v');
   */
  view(pattern: string, name: string): Promise<LakeLoadResult>;
  /**
   * The lake's files (those matching \`pattern\`), sorted by path, with sizes and row counts.
   * @example (await lake.list('bronze')).map((f) => f.path);
   */
  list(pattern?: string): Promise<LakeFile[]>;
  /**
   * Deletes the matching files; resolves to their paths.
   * @example await lake.delete('bronze/sales/date=2024-01-14');
   */
  delete(pattern: string): Promise<string[]>;
  /**
   * Shows the lake's files below the cell, each with a download button (a real .parquet file).
   * @example await lake.browse('bronze');
   */
  browse(pattern?: string): Promise<void>;
};

/** What a diagram node stands for (its icon and colour). */
type DiagramNodeKind = 'source' | 'queue' | 'processor' | 'storage' | 'serving' | 'bi';

/** A box of an architecture diagram. */
interface DiagramNodeSpec {
  /** Unique id, used by edges and bindings. */
  id: string;
  /** Shown text (default: the id). */
  label?: string;
  /** Default 'processor'. */
  kind?: DiagramNodeKind;
  /** A second, smaller line: a technology or a note. */
  detail?: string;
  /** Bind to a DuckDB table or view: live row count, preview on click. */
  table?: string;
  /** Bind to lake files (a path, folder or glob): their total rows, preview on click. */
  lake?: string;
  /** Id of the group (layer) the node is drawn in. */
  group?: string;
}

/** An arrow: { from, to, label?, dashed? } or the short form [from, to, label?]. */
type DiagramEdgeSpec = { from: string; to: string; label?: string; dashed?: boolean } | [string, string, string?];

/** An architecture to draw; it is laid out automatically. */
interface DiagramSpec {
  title?: string;
  /** 'LR' left to right (default) or 'TB' top to bottom. */
  direction?: 'LR' | 'TB';
  nodes: DiagramNodeSpec[];
  edges?: DiagramEdgeSpec[];
  /** Labelled boxes around nodes (layers). */
  groups?: { id: string; label: string }[];
}

/** The built-in architectures. */
type DiagramPreset = 'etl' | 'warehouse' | 'lake' | 'lambda' | 'kappa';

/** Options of a preset. \`bind\` maps node ids to a table name, { table } or { lake }. */
interface DiagramPresetOptions {
  title?: string;
  direction?: 'LR' | 'TB';
  bind?: Record<string, string | { table: string } | { lake: string }>;
}

interface DiagramFunction {
  /**
   * Draws an architecture below the cell. Nodes bound to tables or lake files show their row
   * counts, refreshed after every cell run; edges into a node whose count changed light up with
   * the rows moved. Click a bound node to preview its rows.
   * @example diagram({ nodes: [{ id: 'raw', kind: 'source', table: 'sales_raw' }, { id: 'clean', kind: 'storage', table: 'clean' }], edges: [['raw', 'clean', '정제']] });
   */
  (spec: DiagramSpec): void;
  /**
   * Draws a preset: 'etl', 'warehouse', 'lake' (bronze/silver/gold), 'lambda' or 'kappa'.
   * @example diagram('lake', { bind: { bronze: 'bronze_sales', silver: 'silver_sales', gold: 'gold_daily_revenue' } });
   */
  (preset: DiagramPreset, options?: DiagramPresetOptions): void;
  /**
   * A preset as an editable spec: add nodes or edges, then draw it with \`diagram(spec)\`.
   * @example const s = diagram.preset('etl'); s.nodes.push({ id: 'ml', label: 'ML', kind: 'serving' }); s.edges!.push(['warehouse', 'ml']); diagram(s);
   */
  preset(name: DiagramPreset, options?: DiagramPresetOptions): DiagramSpec;
}

/** Architecture diagrams bound to data. */
declare const diagram: DiagramFunction;
`;
