/**
 * How one cell executes, per language. SQL cells query the page's DuckDB directly (no runner
 * involved, so stopping one never costs variables); TS cells compile, then run in the runner,
 * whose own queries (`sql` tag, `db.exec`) are answered here from the same DuckDB.
 */
import type { CompileResult } from '@/lib/compile/types';
import { MAX_BIND_ROWS, MAX_TABLE_ROWS } from '@/lib/cell-api/caps';
import type { ActiveRun, RunOutcome } from './active-run';
import type { KernelCompiler, KernelDatabase } from './kernel-deps';
import type { SqlRequestMessage, TableLoadMessage } from './protocol';
import { clockMacrosSql } from './clock-sql';
import type { RunnerHost } from './runner-host';
import { compileErrorOutput, messageOf, parseDuckDbError, runtimeErrorOutput, tooManyToBindError, type SourceMapper } from './run-errors';

/** What an execution needs from the kernel. */
export interface ExecutionContext {
  db: KernelDatabase;
  /** The runner now (it may have been replaced since the run started). */
  currentRunner(): RunnerHost | undefined;
  compiler: Promise<KernelCompiler>;
  mapper: Promise<SourceMapper | undefined>;
  /** A ready runner, or the reason there is none. */
  readyRunner(run: ActiveRun): Promise<RunnerHost | RunOutcome>;
  /** Starts the run's time limit. */
  armTimeout(run: ActiveRun): void;
  /** The lesson clock to hand the runner with the run (`clock` in cells). */
  clock(): { start: string; now: string };
}

/**
 * A SQL cell: one query, a table output, and the rows bound to `name` in the runner. Only the
 * rows that are used get converted from Arrow on the page: 10,000 for the table, up to
 * `MAX_BIND_ROWS` for a `name=` binding. A bigger named result is not bound at all (half a result
 * under the name would be silently wrong): the cell shows the table and fails with the reason.
 */
export async function executeSql(run: ActiveRun, ctx: ExecutionContext): Promise<RunOutcome> {
  if (run.req.source.trim() === '') return { ok: true };
  ctx.armTimeout(run);
  const name = run.req.name;
  const maxRows = name ? MAX_BIND_ROWS + 1 : MAX_TABLE_ROWS;
  // The row conversion (with the value formatter, ~4 KB gzip) is needed only once DuckDB answers,
  // so it loads with the first SQL run, while the query runs, not with the lesson page.
  const table = import('@/lib/cell-api/table');
  const result = await run.trackSql(ctx.db.query(run.req.source, undefined, { maxRows }));
  if (!result.ok) return { ok: false, error: parseDuckDbError(result.error) };
  const { rows, columns, rowCount } = result.value;
  // A statement without a result (CREATE, DROP...) has no columns: there is no table to show.
  if (columns.length > 0) run.emit((await table).toTableOutput(rows, { knownColumns: columns, rowCount }));
  if (!name || run.settled) return { ok: true };
  const tooMany = rowCount > MAX_BIND_ROWS;
  // Bind in the runner of *now*: one that replaced a crashed runner mid-query gets the rows too.
  // Too many rows: unbind, so no later cell reads a previous run's rows under this name.
  ctx.currentRunner()?.post({ type: 'bind', name, value: tooMany ? undefined : rows, ...(!tooMany && { columns }) });
  return tooMany ? { ok: false, error: tooManyToBindError(name, rowCount) } : { ok: true };
}

/** A TS cell: compile (errors located, nothing runs), run in the runner, map a failure's stack. */
export async function executeTs(run: ActiveRun, ctx: ExecutionContext): Promise<RunOutcome> {
  let compiled: CompileResult;
  const t0 = performance.now();
  try {
    compiled = await (await ctx.compiler).compile(run.req.source, run.req.cellId);
  } catch (e) {
    return { ok: false, error: { kind: 'error', name: 'CompilerError', message: `the TypeScript compiler failed: ${messageOf(e)}` } };
  }
  const compileMs = Math.round(performance.now() - t0);
  if (!compiled.ok) return { ok: false, compileMs, compileErrors: compiled.errors, error: compileErrorOutput(compiled.errors) };
  // The runner may have been replaced while compiling.
  const host = await ctx.readyRunner(run);
  if (!('post' in host)) return host;
  const done = run.attach(host);
  ctx.armTimeout(run);
  host.post({ type: 'run', runId: run.id, cellId: run.req.cellId, code: compiled.code, clock: ctx.clock() });
  const msg = await done;
  if (msg.ok) {
    if (msg.value) run.emit(msg.value);
    return { ok: true, compileMs };
  }
  return { ok: false, compileMs, error: runtimeErrorOutput(msg.error, compiled, await ctx.mapper) };
}

/** Answers a runner's query, but only for the run that is still live: stray tasks get an error. */
export async function serveSql(host: RunnerHost, msg: SqlRequestMessage, run: ActiveRun | undefined, db: KernelDatabase | undefined) {
  const reply = (r: { ok: true; result?: Awaited<ReturnType<KernelDatabase['query']>> } | { ok: false; error: { name: string; message: string } }) =>
    host.post({ type: 'sql-reply', reqId: msg.reqId, ...r });
  if (!run || run.settled || !db) {
    return reply({ ok: false, error: { name: 'Error', message: 'this query was sent after its cell had finished; queries run only while their cell runs' } });
  }
  const result = await run.trackSql(msg.op === 'exec' ? db.exec(msg.text).then(() => undefined) : db.query(msg.text, msg.params.length > 0 ? msg.params : undefined));
  try {
    if (result.ok) reply({ ok: true, ...(result.value && { result: result.value }) });
    else {
      const { name, message } = parseDuckDbError(result.error);
      reply({ ok: false, error: { name, message } });
    }
  } catch (e) {
    // Values the structured clone cannot copy: fail this query, not the run.
    reply({ ok: false, error: { name: 'DataCloneError', message: messageOf(e) } });
  }
}

/** Loads a cell's rows into a table (`db.load`), for the live run only, answered with `sql-reply`. */
export async function serveLoad(host: RunnerHost, msg: TableLoadMessage, run: ActiveRun | undefined, db: KernelDatabase | undefined) {
  const reply = (r: { ok: true } | { ok: false; error: { name: string; message: string } }) => host.post({ type: 'sql-reply', reqId: msg.reqId, ...r });
  if (!run || run.settled || !db) {
    return reply({ ok: false, error: { name: 'Error', message: 'this load was sent after its cell had finished; loads run only while their cell runs' } });
  }
  if (!db.load) return reply({ ok: false, error: { name: 'Error', message: 'this database cannot load rows' } });
  const result = await run.trackSql(db.load(msg.table, msg.columns, msg.rowCount, msg.mode));
  if (result.ok) reply({ ok: true });
  else {
    const { name, message } = parseDuckDbError(result.error);
    reply({ ok: false, error: { name, message } });
  }
}

/**
 * A cell moved the lesson clock: redefine the SQL clock macros. Called synchronously on the
 * message, so the macros change before any query the cell sends after moving the clock.
 */
export function serveClock(clock: string, run: ActiveRun | undefined, db: KernelDatabase | undefined): boolean {
  if (!run || run.settled || !db) return false;
  let sql: string;
  try {
    sql = clockMacrosSql(clock);
  } catch {
    return false; // the runner only sends clocks it formatted; ignore anything else
  }
  void run.trackSql(db.exec(sql));
  return true;
}
