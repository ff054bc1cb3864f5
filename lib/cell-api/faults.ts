/**
 * Fault injection for lessons on error handling: a seeded flaky service that fails at a given
 * rate, transiently (503, a timeout: worth retrying) or permanently (400, bad data: never
 * worth it), is down for a while at the start, and takes time per call on the virtual clock.
 * The same seed fails the same calls, so a retry strategy can be compared fairly.
 */
import { random } from './random';
import { toMs, ToolkitError, type Duration } from './time';

/** A failure that may go away if the call is repeated later (503, connection reset, timeout). */
export class TransientError extends Error {
  readonly transient = true;
  constructor(message = '503 Service Unavailable') {
    super(message);
    this.name = 'TransientError';
  }
}

/** A failure that repeating will not fix (400, 404, invalid input). */
export class PermanentError extends Error {
  readonly transient = false;
  constructor(message = '400 Bad Request') {
    super(message);
    this.name = 'PermanentError';
  }
}

/** What a call gets from `retry` (or nothing, when called directly). */
export interface AttemptContext {
  attempt: number;
  /** Virtual ms since the first attempt. */
  elapsed: number;
  /** Waits `ms` (on the virtual clock under `retry`, so it costs no real time). */
  sleep(ms: number): Promise<void>;
}

/** How a flaky service behaves. */
export interface FlakySpec<T> {
  seed?: number;
  /** Chance that a call fails, 0..1 (default 0.3). */
  failureRate?: number;
  /** Share of failures that are permanent, 0..1 (default 0). */
  permanentShare?: number;
  /** Down at first: every call fails (transiently) until this much time after the first call. */
  downFor?: Duration;
  /** How long a call takes: a duration, or a random one in [min, max] (default 100ms). */
  latency?: Duration | [Duration, Duration];
  /** What a successful call returns (default `{ ok: true, call: n }`). */
  value?: T | ((call: number) => T);
  /** Error messages. */
  messages?: { transient?: string; permanent?: string; down?: string };
}

/** One call of a flaky service. */
export interface CallRecord {
  call: number;
  /** Virtual ms since the first call, when it started and ended. */
  start: number;
  end: number;
  outcome: 'ok' | 'transient' | 'permanent';
}

/** A flaky service: call it (or hand it to `retry`); `calls` records what happened. */
export type FlakyService<T> = ((ctx?: AttemptContext) => Promise<T>) & { readonly calls: CallRecord[] };

const rate = (x: number | undefined, fallback: number, what: string) => {
  const v = x ?? fallback;
  if (!(v >= 0 && v <= 1)) throw new ToolkitError(`faults.flaky: ${what} must be between 0 and 1, got ${String(x)}`);
  return v;
};

/** Creates a flaky service (see `FlakySpec`). */
export function flaky<T = { ok: true; call: number }>(spec: FlakySpec<T> = {}): FlakyService<T> {
  const rng = random(spec.seed ?? 1);
  const failureRate = rate(spec.failureRate, 0.3, 'failureRate');
  const permanentShare = rate(spec.permanentShare, 0, 'permanentShare');
  const downFor = toMs(spec.downFor ?? 0, 'downFor');
  const [lo, hi] = Array.isArray(spec.latency)
    ? [toMs(spec.latency[0], 'latency'), toMs(spec.latency[1], 'latency')]
    : [toMs((spec.latency as Duration) ?? 100, 'latency'), toMs((spec.latency as Duration) ?? 100, 'latency')];
  const calls: CallRecord[] = [];
  let own = 0; // virtual time when called without retry
  const service = async (ctx?: AttemptContext): Promise<T> => {
    const call = calls.length + 1;
    const start = ctx ? ctx.elapsed : own;
    const latency = lo + (hi - lo) * rng.next();
    const roll = rng.next(), kind = rng.next(); // drawn on every call, so outcomes do not depend on timing
    if (ctx) await ctx.sleep(latency);
    own = start + latency;
    const record: CallRecord = { call, start, end: start + latency, outcome: 'ok' };
    calls.push(record);
    if (start < downFor) {
      record.outcome = 'transient';
      throw new TransientError(spec.messages?.down ?? spec.messages?.transient ?? '503 Service Unavailable');
    }
    if (roll < failureRate) {
      if (kind < permanentShare) {
        record.outcome = 'permanent';
        throw new PermanentError(spec.messages?.permanent);
      }
      record.outcome = 'transient';
      throw new TransientError(spec.messages?.transient);
    }
    const v = spec.value;
    return (v === undefined ? { ok: true, call } : typeof v === 'function' ? (v as (n: number) => T)(call) : v) as T;
  };
  return Object.assign(service, { calls });
}

/** The `faults` object cells get. */
export const faults = { flaky, TransientError, PermanentError };
