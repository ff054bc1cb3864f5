/**
 * The kernel client: the page's single entry point for running cells. It owns the compiler
 * handle, the page's DuckDB and a disposable runner worker, runs one cell at a time, and turns
 * every failure (compile, runtime, SQL, stop, timeout, crash) into an `ErrorOutput`.
 * Importable during server rendering: nothing touches `Worker` or `window` before `start()`.
 */
import type { Output } from './outputs';
import type { RunnerHost } from './runner-host';
import type { KernelConfig, KernelStatus, RunRequest, RunResult } from './run-types';
import { ActiveRun, type RunOutcome } from './active-run';
import { DatabaseSlot } from './database-slot';
import { executeSql, executeTs, serveClock, serveLoad, serveSql, type ExecutionContext } from './execute';
import { defaultKernelDeps, type KernelCompiler, type KernelDatabase, type KernelDeps } from './kernel-deps';
import { withHint } from './error-hints';
import { crashError, interruptedError, messageOf, timeoutError, unavailableError, type SourceMapper } from './run-errors';
import { RunnerSupervisor } from './runner-supervisor';
import { LakeService, type LakeCodec } from '@/lib/lake/service';
import { lakeDatabaseOf } from './lake-database';
import type { SqlResultData } from './protocol';

export type { CompileDiagnostic } from '@/lib/compile/types';
export type { KernelCompiler, KernelDatabase, KernelDeps } from './kernel-deps';
export type { KernelConfig, KernelStatus, RunRequest, RunResult } from './run-types';

const DEFAULT_TIMEOUT_MS = 30_000;

/** One notebook kernel per lesson page. */
export class Kernel {
  private readonly deps: KernelDeps;
  private readonly runners: RunnerSupervisor;
  private readonly listeners = new Set<(s: KernelStatus) => void>();
  private current: KernelStatus = 'loading';
  private started = false;
  private disposed = false;
  private death?: string;
  private readonly database: DatabaseSlot;
  private compilerSettled = false;
  private compiler: Promise<KernelCompiler> = Promise.reject(new Error('the kernel was not started'));
  private mapper: Promise<SourceMapper | undefined> = Promise.resolve(undefined);
  private active?: ActiveRun;
  private runSeq = 0;
  private unwatchLang?: () => void;
  /** The lesson clock now: cells may move it (`clock.advance`); Restart puts it back. */
  private clockNow: string;
  private readonly codec: LakeCodec & { dispose?(): void };
  /** The page-owned Parquet lake: survives Stop and crashes, cleared by Restart. */
  readonly lake: LakeService;

  /** `deps` replaces the real workers and modules (tests); pages pass only `config`. */
  constructor(private readonly config: KernelConfig, deps: Partial<KernelDeps> = {}) {
    this.deps = { ...defaultKernelDeps(), ...deps };
    this.compiler.catch(() => {});
    const { dataFiles, clock } = config;
    this.clockNow = clock;
    this.database = new DatabaseSlot(() => this.deps.openDatabase({ dataFiles, clock }), {
      onChange: () => {
        this.refresh();
        for (const cb of [...this.dbListeners]) cb();
      },
      onFailure: (reason) => this.die(reason),
      isDisposed: () => this.disposed,
    });
    this.runners = new RunnerSupervisor({
      spawnWorker: () => this.deps.spawnRunner(),
      locks: () => this.deps.locks(),
      isBusy: (host) => this.active?.host === host && !this.active.settled,
      onMessage: (msg, host) => {
        // Messages of an earlier run (a stray task of a finished cell) find no run here.
        const runId = 'runId' in msg ? msg.runId : undefined;
        const run = this.active?.host === host && this.active.id === runId ? this.active : undefined;
        if (msg.type === 'output') run?.emit(msg.output);
        else if (msg.type === 'done') run?.finish(msg);
        else if (msg.type === 'sql-request') void serveSql(host, msg, run, this.lazyDb);
        else if (msg.type === 'table-load') void serveLoad(host, msg, run, this.lazyDb);
        else if (msg.type === 'clock' && serveClock(msg.clock, run, this.lazyDb)) this.clockNow = msg.clock;
        // The lake's request handler loads with a cell's first lake call; requests stay in order
        // (callbacks on the one import promise run in the order they were added).
        else if (msg.type === 'lake-request') void import('./serve-lake').then(({ serveLake }) => serveLake(host, msg, run, this.lake, () => this.requireDb()));
      },
      onCrash: (reason, host) => {
        if (this.active?.host === host) this.active.settle({ ok: false, error: crashError(reason) });
      },
      onFatal: (reason) => this.die(reason),
      onChange: () => this.refresh(),
      onSpawn: (host) => host.post({ type: 'lang', lang: this.deps.uiLang() }),
    });
    this.codec = this.deps.lakeCodec();
    this.lake = new LakeService(() => lakeDatabaseOf(this.database.db), this.codec);
  }

  /**
   * A query from the page itself, outside any run (diagram row counts, table previews). Waits
   * for the database; a Stop or Restart may cancel it like any query.
   */
  async inspect(sql: string, params?: unknown[]): Promise<SqlResultData> {
    const db = await this.database.promise;
    if (!db) throw new Error('the database is not available');
    return db.query(sql, params);
  }

  get status(): KernelStatus {
    return this.current;
  }

  /** +1 whenever runner variables are lost (stop or timeout of a TS cell, crash, restart). */
  get epoch(): number {
    return this.runners.epoch;
  }

  /** Why the kernel is `dead`, for the page to show. */
  get deathReason(): string | undefined {
    return this.death;
  }

  private readonly dbListeners = new Set<() => void>();

  /** Subscribes to changes of `databaseReady`; returns the unsubscribe. */
  onDatabase(cb: () => void): () => void {
    this.dbListeners.add(cb);
    return () => this.dbListeners.delete(cb);
  }

  /** Whether DuckDB has loaded (the kernel is `ready` before that: TS cells need no database). */
  get databaseReady(): boolean {
    return this.database.ready;
  }

  /** The database as runs see it: calls wait until DuckDB has loaded (or failed to). */
  private readonly lazyDb: KernelDatabase = {
    query: async (...args) => (await this.requireDb()).query(...args),
    exec: async (sql) => (await this.requireDb()).exec(sql),
    load: async (...args) => {
      const db = await this.requireDb();
      if (!db.load) throw new Error('this database cannot load rows');
      return db.load(...args);
    },
    cancel: async () => (this.database.db ? this.database.db.cancel() : false),
    reset: () => this.database.db?.reset(),
    close: () => undefined,
  };

  private async requireDb(): Promise<KernelDatabase> {
    // The live run's time limit does not count the wait for DuckDB's first load.
    const run = this.active && !this.active.settled && !this.database.ready ? this.active : undefined;
    const db = await (run ? run.holdTimer(this.database.promise) : this.database.promise);
    if (!db) throw new Error(this.death ?? 'DuckDB is not available');
    return db;
  }

  /** Subscribes to status changes (not called with the current value); returns the unsubscribe. */
  onStatus(cb: (s: KernelStatus) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** Warms everything up while the student reads; idempotent. */
  start(): void {
    if (this.started || this.disposed) return;
    this.started = true;
    this.database.load(); // first: the DuckDB wasm is the longest download
    this.compiler = this.deps.loadCompiler().then((c) => (c.start(), c));
    this.compiler.then((c) => c.ready).catch(() => {}).finally(() => ((this.compilerSettled = true), this.refresh()));
    this.mapper = this.deps.loadSourceMapper().catch(() => undefined);
    this.runners.spawn();
    // A switch mid-lesson reaches the live runner at once; a later runner gets it in `onSpawn`.
    this.unwatchLang = this.deps.watchUiLang(() => this.runners.current?.post({ type: 'lang', lang: this.deps.uiLang() }));
  }

  /**
   * Runs one cell, streaming its outputs (console, tables, charts, then its value) to `onOutput`.
   * One run at a time: the caller queues. Waits for the kernel to be ready.
   */
  async run(req: RunRequest, onOutput: (o: Output) => void): Promise<RunResult> {
    if (this.active && !this.active.settled) throw new Error('Kernel.run: a run is in progress; queue runs one at a time');
    this.start();
    const run = new ActiveRun(++this.runSeq, req, onOutput);
    this.active = run;
    this.refresh();
    const t0 = performance.now();
    this.execute(run).then(
      (outcome) => run.settle(outcome),
      (e) => run.settle({ ok: false, error: { kind: 'error', name: 'KernelError', message: messageOf(e) } }),
    );
    try {
      const outcome = await run.outcome;
      const lessonTables = this.config.dataFiles.flatMap((d) => (d.table ? [d.table] : []));
      const error = outcome.error && withHint(outcome.error, { lessonTables });
      return { ...outcome, ...(error && { error }), durationMs: Math.round(performance.now() - t0) };
    } finally {
      if (this.active === run) this.active = undefined;
      this.refresh();
    }
  }

  /** Interrupts the current run: cancels its query; a TS run also loses its runner (epoch+1). */
  async stop(): Promise<void> {
    if (this.active && !this.active.settled) await this.interrupt(this.active, 'stop');
  }

  /** A fresh runner and a reset database (tables back to the lesson's data); epoch+1. */
  async restart(): Promise<void> {
    if (this.disposed) return;
    if (!this.started) return this.start();
    const epoch = this.runners.epoch;
    if (this.active && !this.active.settled) await this.interrupt(this.active, 'stop');
    this.death = undefined; // whatever failed (a flaky load) gets another chance
    this.clockNow = this.config.clock; // the reset database defines the macros at the lesson's clock
    this.database.reset();
    this.lake.clear(); // a fresh runtime starts with an empty lake, like its fresh database
    if (this.runners.epoch === epoch) this.runners.respawn();
    this.refresh();
    await this.database.promise;
  }

  /** Stops everything for good (the page is leaving). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.active?.settle({ ok: false, interrupted: true, error: unavailableError('the notebook was closed') });
    this.unwatchLang?.();
    this.runners.terminate();
    this.database.close();
    this.codec.dispose?.();
    this.refresh();
    this.listeners.clear();
  }

  private die(reason: string) {
    this.death ??= reason;
    this.refresh();
  }

  private refresh() {
    const next: KernelStatus =
      this.disposed || this.death !== undefined ? 'dead'
      : this.active && !this.active.settled ? 'busy'
      : this.runners.ready && this.compilerSettled ? 'ready'
      : 'loading';
    if (next === this.current) return;
    this.current = next;
    for (const cb of [...this.listeners]) cb(next);
  }

  /**
   * A ready runner (it may be replaced while waiting), or why not. SQL cells also wait for the
   * database; TS cells do not: their queries wait for it on their own (see `lazyDb`), so a cell
   * that needs no SQL runs while DuckDB is still loading.
   */
  private async readyRunner(run: ActiveRun): Promise<RunnerHost | RunOutcome> {
    while (!this.disposed && !run.settled && this.death === undefined) {
      const host = this.runners.current;
      if (!host) break;
      await host.ready.catch(() => {});
      const db = run.req.lang === 'sql' ? await this.database.promise : true;
      if (run.settled) break;
      if (host === this.runners.current && host.alive && db && (run.req.lang !== 'sql' || this.database.ready)) return host;
    }
    return { ok: false, error: unavailableError(this.death ?? 'it was stopped') };
  }

  private async execute(run: ActiveRun): Promise<RunOutcome> {
    // A TS cell compiles while the runner may still be starting (executeTs waits for it after
    // compiling), so a first Run pays for the two side by side, not one after the other.
    if (run.req.lang === 'sql') {
      const host = await this.readyRunner(run);
      if (!('post' in host)) return host;
    }
    const ctx: ExecutionContext = {
      db: this.lazyDb,
      currentRunner: () => this.runners.current,
      compiler: this.compiler,
      mapper: this.mapper,
      readyRunner: (r) => this.readyRunner(r),
      armTimeout: (r) => r.armTimer(this.limitOf(r), () => void this.interrupt(r, 'timeout')),
      clock: () => ({ start: this.config.clock, now: this.clockNow }),
    };
    return run.req.lang === 'sql' ? executeSql(run, ctx) : executeTs(run, ctx);
  }

  private limitOf(run: ActiveRun): number {
    return run.req.timeoutMs ?? this.config.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Stop and timeout: cancel the query in flight, replace the runner if code ran there, settle. */
  private async interrupt(run: ActiveRun, kind: 'stop' | 'timeout') {
    if (run.settled) return;
    run.clearTimer();
    const db = this.database.db;
    if (run.sqlInFlight > 0 && db) {
      // Cancel before settling, so a next run's query cannot be the one cancelled.
      const cancelled = db.cancel().catch(() => false);
      await Promise.race([cancelled, new Promise((r) => setTimeout(r, 1_000))]);
    }
    const restarted = run.host !== undefined && run.host === this.runners.current;
    if (restarted) this.runners.respawn();
    const error = kind === 'stop' ? interruptedError(run.req.lang, restarted) : timeoutError(this.limitOf(run), restarted);
    run.settle({ ok: false, interrupted: true, ...(kind === 'timeout' && { timedOut: true }), error });
  }
}
