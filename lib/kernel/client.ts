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
import { executeSql, executeTs, serveSql, type ExecutionContext } from './execute';
import { defaultKernelDeps, type KernelCompiler, type KernelDeps } from './kernel-deps';
import { crashError, interruptedError, messageOf, timeoutError, unavailableError, type SourceMapper } from './run-errors';
import { RunnerSupervisor } from './runner-supervisor';
import { LakeService, type LakeCodec } from '@/lib/lake/service';
import { lakeDatabaseOf } from './lake-database';
import { serveLake } from './serve-lake';
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
  private readonly codec: LakeCodec & { dispose?(): void };
  /** The page-owned Parquet lake: survives Stop and crashes, cleared by Restart. */
  readonly lake: LakeService;

  /** `deps` replaces the real workers and modules (tests); pages pass only `config`. */
  constructor(private readonly config: KernelConfig, deps: Partial<KernelDeps> = {}) {
    this.deps = { ...defaultKernelDeps(), ...deps };
    this.compiler.catch(() => {});
    const { dataFiles, clock } = config;
    this.database = new DatabaseSlot(() => this.deps.openDatabase({ dataFiles, clock }), {
      onChange: () => this.refresh(),
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
        else if (msg.type === 'sql-request') void serveSql(host, msg, run, this.database.db);
        else if (msg.type === 'lake-request') void serveLake(host, msg, run, this.lake);
      },
      onCrash: (reason, host) => {
        if (this.active?.host === host) this.active.settle({ ok: false, error: crashError(reason) });
      },
      onFatal: (reason) => this.die(reason),
      onChange: () => this.refresh(),
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
      return { ...(await run.outcome), durationMs: Math.round(performance.now() - t0) };
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
      : this.database.ready && this.runners.ready && this.compilerSettled ? 'ready'
      : 'loading';
    if (next === this.current) return;
    this.current = next;
    for (const cb of [...this.listeners]) cb(next);
  }

  /** The database and a ready runner (the runner may be replaced while waiting), or why not. */
  private async readyRunner(run: ActiveRun): Promise<RunnerHost | RunOutcome> {
    while (!this.disposed && !run.settled && this.death === undefined) {
      const host = this.runners.current;
      if (!host) break;
      await host.ready.catch(() => {});
      const db = await this.database.promise;
      if (run.settled) break;
      if (host === this.runners.current && host.alive && db && this.database.ready) return host;
    }
    return { ok: false, error: unavailableError(this.death ?? 'it was stopped') };
  }

  private async execute(run: ActiveRun): Promise<RunOutcome> {
    const host = await this.readyRunner(run);
    if (!('post' in host)) return host;
    const ctx: ExecutionContext = {
      db: this.database.db!,
      currentRunner: () => this.runners.current,
      compiler: this.compiler,
      mapper: this.mapper,
      readyRunner: (r) => this.readyRunner(r),
      armTimeout: (r) => r.armTimer(this.limitOf(r), () => void this.interrupt(r, 'timeout')),
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
