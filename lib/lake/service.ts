/**
 * The page's Parquet lake: files in a page-owned `LakeStore`, encoded and decoded by the codec
 * (a worker on the page, in-process in node), moved in and out of DuckDB as Arrow IPC.
 *
 * - write: a query's Arrow result (or rows a cell typed through a staging table) → Parquet.
 * - load: files → decoded → staged tables → one table (`UNION ALL BY NAME`, partition columns).
 * - view: the same into a hidden table behind a view, rebuilt whenever a write or delete touches
 *   the view's pattern, so the view always shows the lake as it is (DuckDB-wasm cannot scan
 *   Parquet lazily offline, so a view over files is this maintained copy).
 * Operations run one at a time, so concurrent writes from one cell never interleave.
 */
import type { SqlResultData } from '@/lib/kernel/protocol';
import type { LakeWriteSource } from './calls';
import { lakeMatcher, normalizeLakePath } from './paths';
import { castRowsSql, checkTableName, ident, unionFilesSql, type StagedFile } from './sql';
import { LakeStore, type LakeFileInfo } from './store';
import type { EncodedParquet } from './codec';

/** The DuckDB calls the lake needs (`LessonDatabase`). */
export interface LakeDatabase {
  query(sql: string, params?: unknown[]): Promise<SqlResultData>;
  exec(sql: string): Promise<void>;
  queryArrow(sql: string, params?: unknown[]): Promise<Uint8Array>;
  insertArrow(name: string, ipc: Uint8Array): Promise<void>;
}

/** Parquet encoding and decoding (the codec worker, or codec.ts in-process). */
export interface LakeCodec {
  encode(ipc: Uint8Array): Promise<EncodedParquet>;
  decode(parquet: Uint8Array, limit?: number): Promise<Uint8Array>;
}

/** What a write takes: a query, or rows already in Arrow form with their DuckDB column types. */
export type LakeSource = LakeWriteSource;

/** The result of loading files into a table or view. */
export interface LakeLoadResult {
  name: string;
  files: number;
  rows: number;
}

/** See the module doc. */
export class LakeService {
  readonly store = new LakeStore();
  private readonly views = new Map<string, string>();
  private tail: Promise<unknown> = Promise.resolve();
  private seq = 0;
  /** +1 on every clear: a write that started before a Restart must not land after it. */
  private generation = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: () => LakeDatabase, private readonly codec: LakeCodec) {}

  /** Writes one Parquet file at `path` (replacing it; `partition` replaces its whole folder). */
  write(path: string, source: LakeSource, options: { partition?: boolean } = {}): Promise<LakeFileInfo> {
    const target = normalizeLakePath(path);
    return this.serial(async () => {
      const generation = this.generation;
      const ipc = source.kind === 'sql' ? await this.db().queryArrow(source.text, source.params) : await this.typed(source);
      // apache-arrow (~33 KB gzip) is loaded by the first lake write, not with the page: the
      // service is constructed by every notebook, and most lessons never write to the lake.
      const { ipcColumns } = await import('./ipc-schema');
      const columns = ipcColumns(ipc); // before encoding: the codec worker takes the buffer
      const encoded = await this.codec.encode(ipc);
      if (generation !== this.generation) throw new Error('the lake was emptied by a Restart while this file was being written');
      const { info, removed } = this.store.put(target, encoded.bytes, { rows: encoded.rows, columns }, options);
      await this.refreshViews([target, ...removed]);
      return info;
    });
  }

  /** Loads the files matching `pattern` into table `name` (replaced). */
  load(pattern: string, name: string): Promise<LakeLoadResult> {
    checkTableName(name, 'lake.load');
    return this.serial(async () => {
      this.views.delete(name);
      const files = this.match(pattern);
      await this.dropIfKind(name, 'VIEW');
      return { name, files: files.length, rows: await this.materialise(files, ident(name)) };
    });
  }

  /** Like `load`, but a view kept in step with the lake (see the module doc). */
  view(pattern: string, name: string): Promise<LakeLoadResult> {
    checkTableName(name, 'lake.view');
    return this.serial(async () => {
      const files = this.match(pattern);
      const rows = await this.materialise(files, ident(backing(name)));
      await this.dropIfKind(name, 'BASE TABLE');
      await this.db().exec(viewSql(name));
      this.views.set(name, pattern);
      return { name, files: files.length, rows };
    });
  }

  /** The rows of the matching files (at most `limit`), as a query result. */
  read(pattern: string, limit?: number): Promise<SqlResultData> {
    return this.serial(async () => {
      const files = this.match(pattern);
      const temp = `__lake_read_${++this.seq}`;
      await this.materialise(files, ident(temp), limit);
      try {
        return await this.db().query(`SELECT * FROM ${ident(temp)}${limit !== undefined ? ` LIMIT ${Math.floor(limit)}` : ''}`);
      } finally {
        await this.db().exec(`DROP TABLE IF EXISTS ${ident(temp)}`).catch(() => {});
      }
    });
  }

  /** Deletes the matching files; returns their paths. */
  delete(pattern: string): Promise<string[]> {
    return this.serial(async () => {
      const removed = this.store.delete(pattern);
      await this.refreshViews(removed);
      return removed;
    });
  }

  /** Files matching `pattern` (all files without one). */
  list(pattern?: string): LakeFileInfo[] {
    return this.store.list(pattern);
  }

  /** Empties the lake and forgets its views (Restart; the database is reset separately). */
  clear(): void {
    this.generation++;
    this.store.clear();
    this.views.clear();
    this.changed();
  }

  /** Subscribes to changes of the lake's files; returns the unsubscribe. */
  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private match(pattern: string): LakeFileInfo[] {
    const files = this.store.list(pattern);
    if (files.length === 0) throw new Error(`no lake file matches "${pattern}"; lake.list() shows what is there`);
    return files;
  }

  /** Drops `name` when it exists as the other kind of object (a table where a view goes, or back). */
  private async dropIfKind(name: string, kind: 'VIEW' | 'BASE TABLE') {
    const found = await this.db().query(
      `SELECT table_type FROM information_schema.tables WHERE table_schema = 'main' AND table_name = $1`,
      [name],
    );
    if (found.rows[0]?.table_type !== kind) return;
    await this.db().exec(`DROP ${kind === 'VIEW' ? 'VIEW' : 'TABLE'} ${ident(name)}`);
  }

  /** Rows → staging table → cast to the declared types → Arrow. */
  private async typed(source: Extract<LakeSource, { kind: 'arrow' }>): Promise<Uint8Array> {
    const stage = `__lake_stage_${++this.seq}`;
    await this.db().insertArrow(stage, source.ipc);
    try {
      return await this.db().queryArrow(castRowsSql(stage, source.columns));
    } finally {
      await this.db().exec(`DROP TABLE IF EXISTS ${ident(stage)}`).catch(() => {});
    }
  }

  /** Decodes `files` into `target` (a quoted name), replacing it; returns its row count. */
  private async materialise(files: LakeFileInfo[], target: string, limit?: number): Promise<number> {
    const staged: StagedFile[] = [];
    const db = this.db();
    try {
      let remaining = limit;
      for (const file of files) {
        if (remaining !== undefined && remaining <= 0) break;
        const ipc = await this.codec.decode(this.store.get(file.path)!, remaining);
        const stage = `__lake_file_${++this.seq}`;
        await db.insertArrow(stage, ipc);
        staged.push({ stage, path: file.path, columns: file.columns });
        if (remaining !== undefined) remaining -= Math.min(file.rows, remaining);
      }
      await db.exec(`CREATE OR REPLACE TABLE ${target} AS ${unionFilesSql(staged)}`);
      const result = await db.query(`SELECT COUNT(*) AS n FROM ${target}`);
      return Number(result.rows[0]?.n ?? 0);
    } finally {
      if (staged.length > 0) await db.exec(staged.map((s) => `DROP TABLE IF EXISTS ${ident(s.stage)};`).join('\n')).catch(() => {});
    }
  }

  /** Rebuilds the views whose pattern matches any changed path; tells listeners. */
  private async refreshViews(paths: string[]) {
    for (const [name, pattern] of this.views) {
      const match = lakeMatcher(pattern);
      if (!paths.some(match)) continue;
      const files = this.store.list(pattern);
      if (files.length > 0) await this.materialise(files, ident(backing(name)));
      else await this.db().exec(`CREATE OR REPLACE TABLE ${ident(backing(name))} AS SELECT * FROM ${ident(backing(name))} LIMIT 0`);
      // A view binds its column types: rebind it, the new files may have changed them.
      await this.db().exec(viewSql(name));
    }
    this.changed();
  }

  private changed() {
    for (const cb of [...this.listeners]) cb();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => {});
    return run;
  }
}

/** (Re)creates a lake view over its hidden table. */
function viewSql(name: string): string {
  return `CREATE OR REPLACE VIEW ${ident(name)} AS SELECT * FROM ${ident(backing(name))}`;
}

/** The hidden table behind a lake view. */
function backing(view: string): string {
  return `__lake_view_${view}`;
}
