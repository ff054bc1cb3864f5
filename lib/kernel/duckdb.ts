/**
 * The page-owned lesson database: one DuckDB-wasm instance in its own worker, owned by the
 * page rather than by the disposable runner worker, so stopping or crashing a run never
 * loses tables. The runner sends SQL to the page, which runs it here.
 *
 * - Offline by construction: extension autoloading is off, so a query needing a missing
 *   extension fails at once with a clear error instead of hanging on a download.
 * - The lesson clock is SQL: `lesson_now()`, `lesson_today()`, `lesson_yesterday()`.
 * - Calls are serialised on one connection (duckdb-queue.ts).
 * - Queries run as duckdb-wasm "pending queries", executed in slices between which `cancel()`
 *   can stop them (duckdb.browser-check.md: what the single-threaded build cannot interrupt).
 * - Results are converted once, by the rules in convert.ts.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { RecordBatch } from 'apache-arrow';
import { toQueryResult, type ArrowResult, type QueryResult } from './convert';
import { collectIpc, insertIpc } from './duckdb-ipc';
import { browserEnvironment, fetchDataFiles, type DuckDBEnvironment, type DuckDBHandle } from './duckdb-env';
import { DatabaseClosedError, isCancellationMessage, QueryCancelledError, toDatabaseError } from './duckdb-errors';
import { checkLoad, loadStatement, toArrowIPC } from './duckdb-load';
import { DEALLOCATE_SQL, preparedQuerySql, unwrapPreparedError } from './duckdb-params';
import { SerialQueue } from './duckdb-queue';
import { checkDatabaseConfig, clockMacrosSql, loadTableSql, OFFLINE_SETTINGS_SQL, quoteIdentifier, type DataFileSpec } from './duckdb-sql';
import type { LoadColumn } from './protocol';
import { markPhase } from './phase-marks';

export type { QueryResult } from './convert';

/** How much of a result to convert. */
export interface QueryOptions {
  /** Convert only the first rows (the result's `rowCount` is still the total). */
  maxRows?: number;
}
export type { DataFileSpec } from './duckdb-sql';
export type { DuckDBEnvironment } from './duckdb-env';
export { QueryCancelledError, DatabaseClosedError } from './duckdb-errors';

/** What a lesson's database starts with. */
export interface DatabaseConfig {
  dataFiles: DataFileSpec[];
  /** The lesson's "now", `YYYY-MM-DDTHH:MM:SS`. */
  clock: string;
  /** Log duckdb-wasm's internal events to the console. */
  logger?: boolean;
}

/** In-memory database; 50 ms execution slices bound how long a cancel waits for a poll. */
const OPEN_CONFIG = { path: ':memory:', query: { queryPollingInterval: 50 } };

/** The user query running now, for `cancel()`. */
type Running = { cancelRequested: boolean };

/** One lesson's DuckDB: see the module doc. Create with `LessonDatabase.open`. */
export class LessonDatabase {
  private readonly queue = new SerialQueue();
  private conn!: AsyncDuckDBConnection;
  private current: Running | null = null;
  /** Loads so far: names each load's scratch table. */
  private loads = 0;
  private closed = false;
  private deathReason: string | undefined;
  /** Rejects once the database is closed or its worker died; every DuckDB call races it. */
  private readonly stopped: Promise<never>;
  private stop!: (error: Error) => void;

  private constructor(
    private readonly handle: DuckDBHandle,
    private readonly config: DatabaseConfig,
    private readonly files: Map<string, Uint8Array>,
  ) {
    this.stopped = new Promise<never>((_, reject) => (this.stop = reject));
    this.stopped.catch(() => {}); // observed through guard()
    void handle.crashed.then((reason) => {
      this.deathReason = `The DuckDB worker stopped: ${reason}`;
      this.stop(new Error(this.deathReason));
    });
  }

  /**
   * Starts DuckDB, fetches the data files (in parallel with the wasm start-up), registers
   * them under their file names and loads the tables. Rejects, with nothing left running,
   * if any of it fails.
   */
  static async open(config: DatabaseConfig, env: DuckDBEnvironment = browserEnvironment()): Promise<LessonDatabase> {
    checkDatabaseConfig(config); // before starting anything
    const fetched = fetchDataFiles(env, config.dataFiles);
    fetched.catch(() => {}); // awaited below, after start-up
    const handle = await env.createDuckDB(config.logger ?? false);
    markPhase('duckdb:instantiated');
    try {
      const database = new LessonDatabase(handle, config, await fetched);
      await database.guard(database.initialise());
      markPhase('duckdb:ready');
      return database;
    } catch (e) {
      await handle.db.terminate();
      throw e;
    }
  }

  /**
   * Runs SQL and returns the last statement's result. With `params`, the text must be one
   * statement whose `$1…$n` / `?` placeholders take them (see duckdb-params.ts for how JS
   * values map to SQL). Rejects with a `QueryCancelled` error when `cancel()` stops it.
   */
  query(sql: string, params?: unknown[], options: QueryOptions = {}): Promise<QueryResult> {
    return this.enqueue(async () => toQueryResult(await this.execute(sql, params), options.maxRows), true);
  }

  /**
   * Runs a query and returns its result as an Arrow IPC stream (what the Parquet lake writes).
   * Same parameters and cancellation as `query`.
   */
  queryArrow(sql: string, params?: unknown[]): Promise<Uint8Array> {
    return this.enqueue(() => this.execute(sql, params, (text) => collectIpc(this.conn, text)), true);
  }

  /** Creates table `name` from an Arrow IPC stream (the lake reading Parquet back). */
  insertArrow(name: string, ipc: Uint8Array): Promise<void> {
    return this.enqueue(async () => {
      try {
        await this.guard(insertIpc(this.conn, ipc, name));
      } catch (e) {
        throw e instanceof DatabaseClosedError ? e : toDatabaseError(e);
      }
    }, true);
  }

  /** Runs statements, ignoring their result. Cancellable like `query`. */
  exec(sql: string): Promise<void> {
    return this.enqueue(async () => void (await this.execute(sql)), true);
  }

  /**
   * Loads columns a cell sent (`db.load`) into `table`, replacing it or appending by column
   * name (duckdb-load.ts). Queued like a query; a waiting load is cancellable, a running one
   * (a single Arrow insert) finishes first.
   */
  load(table: string, columns: LoadColumn[], rowCount: number, mode: 'replace' | 'append'): Promise<void> {
    try {
      checkLoad(table, columns, rowCount);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.enqueue(async () => {
      const scratch = `lesson_load_${++this.loads}`;
      try {
        await this.guard(this.conn.insertArrowFromIPCStream(toArrowIPC(columns), { name: scratch, create: true }));
        await this.guard(this.conn.query(loadStatement(table, scratch, columns, mode)));
      } catch (e) {
        throw toDatabaseError(e);
      } finally {
        await this.guard(this.conn.query(`DROP TABLE IF EXISTS ${quoteIdentifier(scratch)}`)).catch(() => {});
      }
    }, true);
  }

  /**
   * Cancels the running query and every query queued behind it; they reject with
   * `QueryCancelled`. Resolves true if there was anything to cancel, once the DuckDB worker
   * has taken the request: at the end of its current execution slice (usually ≤ 50 ms).
   */
  async cancel(): Promise<boolean> {
    if (this.closed) return false;
    const dropped = this.queue.cancelWaiting();
    const running = this.current;
    if (!running) return dropped > 0;
    running.cancelRequested = true;
    await this.guard(this.conn.cancelSent()).catch(() => false);
    return true;
  }

  /**
   * Back to the lesson's initial state (Restart): cancels queued and running queries, then
   * reopens an empty in-memory database (dropping every table, view, macro, setting and
   * file the cells made) and registers the data files, clock and tables again.
   */
  async reset(): Promise<void> {
    await this.cancel();
    await this.enqueue(async () => {
      await this.guard(this.handle.db.dropFiles());
      await this.guard(this.initialise());
    }, false);
  }

  /** Stops everything and terminates the worker. Later calls reject with `DatabaseClosed`. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.cancel();
    this.closed = true;
    this.stop(new DatabaseClosedError()); // settles a query DuckDB will now never answer
    await this.handle.db.terminate();
  }

  private async initialise(): Promise<void> {
    const { db } = this.handle;
    await db.open(OPEN_CONFIG); // a fresh database; earlier connections are gone with the old one
    this.conn = await db.connect();
    await this.conn.query(OFFLINE_SETTINGS_SQL);
    await this.conn.query(clockMacrosSql(this.config.clock));
    for (const spec of this.config.dataFiles) {
      // A copy, because the buffer is transferred to the worker (and reset needs it again).
      await db.registerFileBuffer(spec.file, this.files.get(spec.file)!.slice());
      const load = loadTableSql(spec);
      if (load) {
        await this.conn.query(load).catch((e: unknown) => {
          throw new Error(`Loading data file "${spec.file}" into table ${spec.table} failed: ${toDatabaseError(e).message}`);
        });
      }
    }
  }

  private execute(sql: string, params?: unknown[]): Promise<ArrowResult>;
  private execute<R>(sql: string, params: unknown[] | undefined, collect: (text: string) => Promise<R>): Promise<R>;
  private async execute(sql: string, params?: unknown[], collect = (text: string): Promise<unknown> => this.collect(text)): Promise<unknown> {
    const prepared = params !== undefined && params.length > 0;
    const text = prepared ? preparedQuerySql(sql, params) : sql;
    const running: Running = { cancelRequested: false };
    this.current = running;
    try {
      const result = await this.guard(collect(text));
      // Asked to stop after DuckDB had finished: the caller still gets the cancellation.
      if (running.cancelRequested) throw new QueryCancelledError();
      return result;
    } catch (e) {
      if (e instanceof DatabaseClosedError) throw e;
      if (running.cancelRequested || isCancellationMessage(e)) throw new QueryCancelledError();
      const error = toDatabaseError(e);
      if (prepared) error.message = unwrapPreparedError(error.message);
      throw error;
    } finally {
      this.current = null;
      if (prepared && !this.closed && !this.deathReason) await this.guard(this.conn.query(DEALLOCATE_SQL)).catch(() => {});
    }
  }

  /** Runs `text` as a pending (cancellable) query and collects its Arrow batches. */
  private async collect(text: string): Promise<ArrowResult> {
    const reader = await this.conn.send(text);
    await reader.open(); // reads the schema message, so even an empty result has columns
    const schema = reader.schema; // kept now: a finished reader forgets it
    const batches: RecordBatch[] = [];
    for await (const batch of reader) batches.push(batch);
    return { schema, batches };
  }

  private enqueue<T>(task: () => Promise<T>, cancellable: boolean): Promise<T> {
    if (this.closed) return Promise.reject(new DatabaseClosedError());
    return this.queue.run(() => {
      if (this.closed) throw new DatabaseClosedError();
      if (this.deathReason) throw new Error(this.deathReason);
      return task();
    }, { cancellable });
  }

  /** `work`, unless the database closes or its worker dies first (duckdb-wasm would never settle it then). */
  private guard<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.stopped]);
  }
}
