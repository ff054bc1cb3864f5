/**
 * `retry(fn, options)`: call `fn` until it succeeds, waiting between attempts by a fixed,
 * linear or exponential backoff with optional jitter, retrying only errors worth retrying. By
 * default waits happen on a virtual clock: a 6 s backoff costs no real time, and the attempts
 * keep their virtual start and end times, so they can be tabled and drawn on a timeline.
 * It never throws because `fn` failed: the result says how it ended (`unwrap()` rethrows).
 */
import { PermanentError, type AttemptContext } from './faults';
import { random } from './random';
import { toMs, ToolkitError, type Duration } from './time';

/** How `retry` waits and when it gives up. */
export interface RetryOptions {
  /** Most attempts, the first included (default 3). */
  attempts?: number;
  /** `'fixed'` (delay each time), `'linear'` (delay × n) or `'exponential'` (delay × factor^(n−1), the default). */
  backoff?: 'fixed' | 'linear' | 'exponential';
  /** Base wait (default 1s). */
  delay?: Duration;
  /** Growth of exponential backoff (default 2). */
  factor?: number;
  /** Longest single wait. */
  maxDelay?: Duration;
  /** Longest total wait: give up rather than wait past it. */
  maxTotal?: Duration;
  /** `'full'`: random in [0, wait]; `'equal'`: in [wait/2, wait]; a number p: wait × (1 ± p); default none. */
  jitter?: 'none' | 'full' | 'equal' | number;
  /** Seed of the jitter (default 1). */
  seed?: number;
  /** Which errors to retry: names (`['TransientError']`), a test function, or by default all but permanent errors and bugs. */
  retryOn?: readonly string[] | ((error: unknown, attempt: number) => boolean);
  /** `'virtual'` (default) or `'real'` waiting. */
  clock?: 'virtual' | 'real';
  /** Name of this retry on timelines and in rows. */
  label?: string;
}

/** One attempt; times are ms since the first attempt started. */
export interface Attempt {
  attempt: number;
  start: number;
  end: number;
  ok: boolean;
  error: string | null;
  /** Whether the error was retried. */
  retried: boolean;
  /** Wait after this attempt (0 after the last). */
  wait: number;
}

/** How a retry ended. */
export interface RetryResult<T> {
  label: string;
  ok: boolean;
  value?: T;
  error?: unknown;
  /** `'ok'`, or why it gave up: attempts used up, an error not worth retrying, or the wait budget. */
  reason: 'ok' | 'exhausted' | 'not-retryable' | 'budget';
  attempts: Attempt[];
  /** Virtual ms from the first attempt to the end of the last, and how much of it was waiting. */
  elapsedMs: number;
  waitedMs: number;
  /** The value, or the last error thrown. */
  unwrap(): T;
}

/** Errors that are bugs in code, not in the network: retrying them only hides them. */
const BUGS = new Set(['TypeError', 'ReferenceError', 'SyntaxError', 'RangeError']);

/** The default policy: retry anything but permanent errors and programming errors. */
export function worthRetrying(error: unknown): boolean {
  if (error instanceof PermanentError) return false;
  if (typeof error === 'object' && error !== null) {
    if ((error as { transient?: unknown }).transient === false) return false;
    if (BUGS.has((error as { name?: string }).name ?? '')) return false;
  }
  return true;
}

/** The waits after attempts 1, 2, ... n−1 (ms), jitter included; deterministic per seed. */
export function backoffDelays(options: RetryOptions = {}, attempts = options.attempts ?? 3): number[] {
  const base = toMs(options.delay ?? 1000, 'retry delay');
  const factor = options.factor ?? 2;
  if (!(factor >= 1)) throw new ToolkitError('retry: factor must be a number ≥ 1');
  const cap = options.maxDelay === undefined ? Infinity : toMs(options.maxDelay, 'retry maxDelay');
  const backoff = options.backoff ?? 'exponential';
  if (!['fixed', 'linear', 'exponential'].includes(backoff)) throw new ToolkitError(`retry: backoff must be 'fixed', 'linear' or 'exponential', got ${String(backoff)}`);
  const jitter = options.jitter ?? 'none';
  if (!(jitter === 'none' || jitter === 'full' || jitter === 'equal' || (typeof jitter === 'number' && jitter >= 0 && jitter <= 1))) {
    throw new ToolkitError(`retry: jitter must be 'none', 'full', 'equal' or a fraction 0..1, got ${String(jitter)}`);
  }
  const rng = random(options.seed ?? 1);
  const out: number[] = [];
  for (let n = 1; n < attempts; n++) {
    const raw = backoff === 'fixed' ? base : backoff === 'linear' ? base * n : base * factor ** (n - 1);
    const wait = Math.min(raw, cap);
    const u = rng.next();
    out.push(jitter === 'full' ? u * wait : jitter === 'equal' ? wait / 2 + (u * wait) / 2 : jitter === 'none' ? wait : wait * (1 + (2 * u - 1) * jitter));
  }
  return out;
}

const message = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** See the module doc. */
export async function retry<T>(fn: (ctx: AttemptContext) => T | Promise<T>, options: RetryOptions = {}): Promise<RetryResult<T>> {
  if (typeof fn !== 'function') throw new ToolkitError('retry(fn, options): fn must be a function to call');
  const attempts = options.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 100) throw new ToolkitError('retry: attempts must be a whole number from 1 to 100');
  const waits = backoffDelays(options, attempts);
  const budget = options.maxTotal === undefined ? Infinity : toMs(options.maxTotal, 'retry maxTotal');
  const policy = options.retryOn;
  const retryable = (e: unknown, n: number) =>
    policy === undefined ? worthRetrying(e)
    : typeof policy === 'function' ? Boolean(policy(e, n))
    : policy.includes((e as { name?: string })?.name ?? '');
  const real = options.clock === 'real';
  const t0 = real ? performance.now() : 0;
  let elapsed = 0, waited = 0;
  const now = () => (real ? performance.now() - t0 : elapsed);
  const sleep = (ms: number) => {
    if (!(ms >= 0)) return Promise.resolve();
    if (real) return new Promise<void>((resolve) => setTimeout(resolve, ms));
    elapsed += ms;
    return Promise.resolve();
  };
  const label = options.label ?? `${options.backoff ?? 'exponential'}${options.jitter && options.jitter !== 'none' ? ` + jitter` : ''}`;
  const log: Attempt[] = [];
  const finish = (r: Pick<RetryResult<T>, 'ok' | 'value' | 'error' | 'reason'>): RetryResult<T> => ({
    label, ...r, attempts: log, elapsedMs: now(), waitedMs: waited,
    unwrap() {
      if (r.ok) return r.value as T;
      throw r.error;
    },
  });
  for (let n = 1; ; n++) {
    const start = now();
    try {
      const value = await fn({ attempt: n, elapsed: start, sleep });
      log.push({ attempt: n, start, end: now(), ok: true, error: null, retried: false, wait: 0 });
      return finish({ ok: true, value, reason: 'ok' });
    } catch (error) {
      const end = now();
      const again = retryable(error, n);
      const wait = n < attempts ? waits[n - 1] : 0;
      const overBudget = again && n < attempts && waited + wait > budget;
      const retried = again && n < attempts && !overBudget;
      log.push({ attempt: n, start, end, ok: false, error: message(error), retried, wait: retried ? wait : 0 });
      if (!retried) return finish({ ok: false, error, reason: !again ? 'not-retryable' : overBudget ? 'budget' : 'exhausted' });
      waited += wait;
      await sleep(wait);
    }
  }
}
