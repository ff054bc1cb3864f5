/**
 * The state of the one run in progress: its outcome promise (settled exactly once, by the run
 * itself or by stop / timeout / crash, whichever comes first), its output sink, its timer, the
 * runner it was sent to, and how many queries it has in flight (what Stop must cancel).
 */
import type { Output } from './outputs';
import type { DoneMessage } from './protocol';
import type { RunRequest, RunResult } from './client';
import type { RunnerHost } from './runner-host';

/** A run result before its duration is known. */
export type RunOutcome = Omit<RunResult, 'durationMs'>;

/** A promise's value or error, without throwing. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** One run, from `Kernel.run` to its result. */
export class ActiveRun {
  settled = false;
  /** The runner executing this run's code (TS runs, once sent). */
  host?: RunnerHost;
  sqlInFlight = 0;
  readonly outcome: Promise<RunOutcome>;
  private resolveOutcome!: (o: RunOutcome) => void;
  private resolveDone?: (m: DoneMessage) => void;
  private timer?: ReturnType<typeof setTimeout>;
  /** The armed limit: when it expires (ms since the epoch) and what then; kept while paused. */
  private limit?: { deadline: number; onExpire: () => void; remaining?: number };
  private holds = 0;

  constructor(readonly id: number, readonly req: RunRequest, private readonly onOutput: (o: Output) => void) {
    this.outcome = new Promise((resolve) => (this.resolveOutcome = resolve));
  }

  /** Ends the run; later calls (a `done` racing a Stop) are ignored. */
  settle(outcome: RunOutcome): void {
    if (this.settled) return;
    this.settled = true;
    this.clearTimer();
    this.resolveOutcome(outcome);
    // Release the executor waiting for a `done` that will never come from a killed runner.
    this.resolveDone?.({ type: 'done', runId: this.id, ok: false, error: { name: 'Interrupted', message: '' } });
  }

  /** Passes an output to the page while the run is live; nothing leaks past its end. */
  emit(output: Output): void {
    if (this.settled) return;
    try {
      this.onOutput(output);
    } catch (e) {
      // A rendering bug on the page must not wedge the kernel.
      console.error('Kernel: onOutput threw', e);
    }
  }

  /** Records the runner the code is sent to; resolves with its `done`. */
  attach(host: RunnerHost): Promise<DoneMessage> {
    this.host = host;
    return new Promise((resolve) => (this.resolveDone = resolve));
  }

  /** The runner's `done` for this run. */
  finish(message: DoneMessage): void {
    this.resolveDone?.(message);
  }

  /** Counts a query as in flight while it runs, so Stop knows to cancel it. */
  async trackSql<T>(query: Promise<T>): Promise<Settled<T>> {
    this.sqlInFlight++;
    try {
      return { ok: true, value: await query };
    } catch (error) {
      return { ok: false, error };
    } finally {
      this.sqlInFlight--;
    }
  }

  /** Starts the time limit; non-positive or infinite limits mean none. */
  armTimer(ms: number, onExpire: () => void): void {
    this.clearTimer();
    if (!(ms > 0 && Number.isFinite(ms))) return;
    this.limit = { deadline: Date.now() + ms, onExpire };
    if (this.holds === 0) this.timer = setTimeout(onExpire, ms);
    else this.limit.remaining = ms;
  }

  /**
   * Stops the clock of the time limit while `wait` is pending: waiting for DuckDB to finish
   * loading is not the cell's time, so a slow first load cannot time out the student's code.
   * Nested and concurrent holds are counted; the limit resumes with the time it had left.
   */
  async holdTimer<T>(wait: Promise<T>): Promise<T> {
    if (this.holds++ === 0 && this.limit && this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.limit.remaining = Math.max(0, this.limit.deadline - Date.now());
    }
    try {
      return await wait;
    } finally {
      if (--this.holds === 0 && this.limit?.remaining !== undefined && !this.settled) {
        const { remaining, onExpire } = this.limit;
        this.limit = { deadline: Date.now() + remaining, onExpire };
        this.timer = setTimeout(onExpire, remaining);
      }
    }
  }

  clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.limit = undefined;
  }
}
