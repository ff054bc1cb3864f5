/**
 * Ambient declarations of the toolkit (clock, db.load, datasets, faults, retry) for Monaco, appended
 * to CELL_API_DTS. Types live in namespaces named like the values (`Clock.Duration`,
 * `Retry.Result`), so a cell may declare its own `Attempt` or `Handler` without clashing.
 * Keep in step with toolkit.ts and README.md. The simulator's declarations are in dts-sim.ts.
 */
import { SIM_DTS } from './dts-sim';

export const TOOLKIT_DTS = `
declare namespace Clock {
  /** A span of time: ms, text like '500ms', '30s', '5m', '1h30m', '2d', or parts { minutes: 5 }. */
  type Duration = number | string | { days?: number; hours?: number; minutes?: number; seconds?: number; ms?: number };
  /** A point in time: a Date, ms, or wall-clock text 'YYYY-MM-DD' / 'YYYY-MM-DD HH:MM:SS'. */
  type TimeLike = number | Date | string;
  interface LessonClock {
    /** The lesson's "now" (the same as SQL's lesson_now()). The Date's UTC fields are the wall clock. */
    now(): Date;
    /** 'YYYY-MM-DD' of now, the same as SQL's lesson_today(). */
    today(): string;
    /** 'YYYY-MM-DD' of the day before, the same as SQL's lesson_yesterday(). */
    yesterday(): string;
    /** 'YYYY-MM-DD' of \`days\` days before today. */
    daysAgo(days: number): string;
    /** Where the lesson's clock starts (front matter \`clock\`). */
    readonly start: Date;
    /**
     * Moves the clock forward, in TS and in SQL (lesson_now() etc. follow from the next query on).
     * @example clock.advance({ days: 1 }); clock.advance('90m');
     */
    advance(by: Duration): Date;
    /** Sets the clock to a time (TS and SQL). @example clock.set('2024-01-20 02:00') */
    set(time: TimeLike): Date;
    /** Back to the lesson's start. Restart does this too; Stop keeps the clock. */
    reset(): Date;
    /**
     * Formats a time (default: now) with YYYY MM DD HH mm ss SSS.
     * @example clock.format() // '2024-01-16 09:00:00'
     * @example clock.format(clock.now(), 'HH:mm')
     */
    format(time?: TimeLike, pattern?: string): string;
    /** A time as a Date (text is wall-clock time, no time zone). */
    parse(time: TimeLike): Date;
    /** \`time\` plus a duration. @example clock.add(clock.now(), { hours: 2 }) */
    add(time: TimeLike, by: Duration): Date;
    /** A duration in ms. @example clock.ms('5m') // 300000 */
    ms(by: Duration): number;
  }
}

/**
 * The lesson clock: a fixed, deterministic "now", so "yesterday" is the same day on every machine.
 * @example const since = clock.yesterday(); // '2024-01-15'
 */
declare const clock: Clock.LessonClock;

/** SQL types of loaded columns. */
type LoadColumnType = 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR' | 'DATE' | 'TIMESTAMP';

interface NotebookDb {
  /**
   * Loads rows (plain objects) into a table: creates or replaces it (\`mode: 'append'\` inserts by
   * column name). Column types are inferred: whole numbers → BIGINT, other numbers → DOUBLE,
   * 'YYYY-MM-DD' → DATE, 'YYYY-MM-DD HH:MM:SS' and Dates → TIMESTAMP; override with \`types\`.
   * Fast for large sets (100,000s of rows). Resolves to the number of rows.
   * @example await db.load('clicks', rows);
   */
  load(table: string, rows: readonly object[], options?: { mode?: 'replace' | 'append'; types?: Record<string, LoadColumnType> }): Promise<number>;
}

declare namespace Data {
  /** Rows that know their SQL column types and can load themselves into DuckDB. */
  type DataSet<T extends object> = T[] & {
    readonly columns: SqlColumn[];
    /** Creates or replaces the table \`name\` with these rows. @example await datasets.orders().toTable('orders') */
    toTable(name: string): Promise<number>;
  };
  interface Customer { customer_id: string; name: string; city: string; tier: string; signup_date: string }
  interface Product { product_id: string; name: string; category: string; unit_price: number }
  /** An order; with \`missing\`, some values are null. */
  interface Order {
    order_id: string; ordered_at: string; customer_id: string | null; city: string | null; product_id: string; product_name: string;
    category: string; quantity: number | null; unit_price: number; amount: number | null; payment_method: string | null; status: string;
  }
  /** An event row; clicks also have \`page\`, payments \`method\` and \`status\`, inventory \`product_id\`, \`warehouse\`, \`reason\`. */
  interface EventRow {
    event_id: number; source: string; event_type: string; key: string; amount: number | null;
    event_time: string; arrival_time: string; delay_ms: number; [field: string]: unknown;
  }
  interface OrdersSpec {
    /** Same seed, same rows (default 1). */
    seed?: number;
    /** Number of orders (default 1,000). */
    n?: number;
    /** Over this many days up to the lesson clock (default 7), or from \`start\`. */
    days?: number;
    start?: Clock.TimeLike;
    /** Different customers (default 100, ids as in datasets.customers). */
    customers?: number;
    /** Share of rows with one missing value (null), for cleaning lessons (default 0). */
    missing?: number;
    /** Share of rows delivered twice (same order_id), for deduplication lessons (default 0). */
    duplicates?: number;
  }
  interface EventsSpec {
    seed?: number;
    /** Number of events (default 1,000). */
    n?: number;
    /** Default: the hour before the lesson clock. */
    start?: Clock.TimeLike;
    duration?: Clock.Duration;
    /** Default { click: 7, payment: 2, inventory: 1 }. */
    types?: string | string[] | Record<string, number>;
    /** Different users (default 100). */
    keys?: number;
  }
  /** A seeded random generator (mulberry32: the same numbers as lesson 01's helper). */
  interface Random {
    /** A number in [0, 1). */
    next(): number;
    uniform(min: number, max: number): number;
    /** An integer in [min, max]. */
    int(min: number, max: number): number;
    chance(p: number): boolean;
    pick<T>(items: readonly T[]): T;
    /** A key chosen by weight. @example r.weighted({ click: 8, payment: 2 }) */
    weighted<K extends string>(weights: Record<K, number>): K;
    /** Exponential with this mean (waiting times between random arrivals). */
    exponential(mean: number): number;
    normal(mean?: number, sd?: number): number;
    shuffle<T>(items: readonly T[]): T[];
    fork(salt: number): Random;
  }
}

/**
 * Seeded sample data sets: the same seed gives the same rows everywhere.
 * @example await datasets.orders({ seed: 7, n: 500, missing: 0.05 }).toTable('orders');
 */
declare const datasets: {
  /** A seeded random generator. @example const r = datasets.random(2024); r.next(); */
  random(seed?: number): Data.Random;
  /** Customers C0001… with Korean names, cities, tiers and signup dates. */
  customers(spec?: { seed?: number; n?: number }): Data.DataSet<Data.Customer>;
  /** The product catalog P001–P030 (6 categories; fixed, not seeded). */
  products(): Data.DataSet<Data.Product>;
  /** Orders over the last days up to the lesson clock, consistent with customers and products. */
  orders(spec?: Data.OrdersSpec): Data.DataSet<Data.Order>;
  /** An event stream (clicks, payments, inventory changes) with event and arrival times. */
  events(spec?: Data.EventsSpec): Data.DataSet<Data.EventRow>;
  clicks(spec?: Omit<Data.EventsSpec, 'types'>): Data.DataSet<Data.EventRow>;
  payments(spec?: Omit<Data.EventsSpec, 'types'>): Data.DataSet<Data.EventRow>;
  inventory(spec?: Omit<Data.EventsSpec, 'types'>): Data.DataSet<Data.EventRow>;
};

declare namespace Faults {
  /** A failure worth retrying (503, timeout). */
  interface TransientError extends Error { readonly transient: true }
  /** A failure retrying will not fix (400, 404). */
  interface PermanentError extends Error { readonly transient: false }
  /** What a call gets from retry: the attempt, virtual ms elapsed, and a virtual sleep. */
  interface AttemptContext {
    attempt: number;
    elapsed: number;
    sleep(ms: number): Promise<void>;
  }
  interface FlakySpec<T> {
    seed?: number;
    /** Chance a call fails, 0..1 (default 0.3). */
    failureRate?: number;
    /** Share of failures that are permanent (default 0). */
    permanentShare?: number;
    /** Every call fails until this long after the first call (an outage). */
    downFor?: Clock.Duration;
    /** Time per call (virtual): a duration or [min, max] (default 100ms). */
    latency?: Clock.Duration | [Clock.Duration, Clock.Duration];
    /** What a success returns (default { ok: true, call }). */
    value?: T | ((call: number) => T);
    messages?: { transient?: string; permanent?: string; down?: string };
  }
  interface CallRecord { call: number; start: number; end: number; outcome: 'ok' | 'transient' | 'permanent' }
  /** Call it, or give it to retry; \`calls\` records every call. */
  type FlakyService<T> = ((ctx?: AttemptContext) => Promise<T>) & { readonly calls: CallRecord[] };
}

/** Fault injection: seeded flaky services and the errors they throw. */
declare const faults: {
  /**
   * A seeded flaky service: fails at \`failureRate\`, transiently or permanently, is down for
   * \`downFor\` at first, and takes \`latency\` per call on the virtual clock.
   * @example const api = faults.flaky({ seed: 7, failureRate: 0.3, downFor: '10s' });
   */
  flaky<T = { ok: true; call: number }>(spec?: Faults.FlakySpec<T>): Faults.FlakyService<T>;
  TransientError: { new (message?: string): Faults.TransientError; prototype: Faults.TransientError };
  PermanentError: { new (message?: string): Faults.PermanentError; prototype: Faults.PermanentError };
};

declare namespace Retry {
  interface Options {
    /** Most attempts, the first included (default 3). */
    attempts?: number;
    /** 'fixed', 'linear' (delay × n) or 'exponential' (delay × factor^(n−1), default). */
    backoff?: 'fixed' | 'linear' | 'exponential';
    /** Base wait (default '1s'). */
    delay?: Clock.Duration;
    /** Growth of exponential backoff (default 2). */
    factor?: number;
    /** Longest single wait. */
    maxDelay?: Clock.Duration;
    /** Longest total wait: give up rather than wait past it. */
    maxTotal?: Clock.Duration;
    /** 'full': random in [0, wait]; 'equal': in [wait/2, wait]; a number p: wait × (1 ± p). */
    jitter?: 'none' | 'full' | 'equal' | number;
    /** Seed of the jitter (default 1). */
    seed?: number;
    /** Errors to retry: names, or a test. Default: all but PermanentError and bugs (TypeError...). */
    retryOn?: string[] | ((error: unknown, attempt: number) => boolean);
    /** 'virtual' (default: waiting costs no real time) or 'real'. */
    clock?: 'virtual' | 'real';
    /** Name on timelines and in rows. */
    label?: string;
  }
  /** One attempt; times in ms since the first attempt. */
  interface Attempt { attempt: number; start: number; end: number; ok: boolean; error: string | null; retried: boolean; wait: number }
  interface Result<T> {
    label: string;
    ok: boolean;
    value?: T;
    error?: unknown;
    /** Why it ended: 'ok', attempts used up, an error not worth retrying, or the wait budget. */
    reason: 'ok' | 'exhausted' | 'not-retryable' | 'budget';
    attempts: Attempt[];
    elapsedMs: number;
    waitedMs: number;
    /** The value, or throws the last error. */
    unwrap(): T;
    /** Shows the attempts on a timeline. */
    timeline(title?: string): void;
    /** The attempts as table rows. */
    rows(): Record<string, unknown>[];
  }
}

/**
 * Calls \`fn\` until it succeeds, backing off between attempts (on a virtual clock by default, so a
 * 6 s wait costs no real time). Never throws because fn failed: check \`ok\` / \`reason\`, or \`unwrap()\`.
 * @example const r = await retry(api, { backoff: 'exponential', delay: '2s', attempts: 5, jitter: 'full' });
 */
declare function retry<T>(fn: (ctx: Faults.AttemptContext) => T | Promise<T>, options?: Retry.Options): Promise<Retry.Result<T>>;
// A function with a namespace (not a const): a cell that defines its own \`function retry\` then
// type-checks against its own signature instead of getting false errors from this one.
declare namespace retry {
  /** The waits after attempts 1..n−1 in ms, jitter included. @example retry.delays({ backoff: 'linear', delay: '2s' }, 3) // [2000, 4000] */
  function delays(options?: Retry.Options, attempts?: number): number[];
  /** Shows several retries on one timeline, a lane each. */
  function timeline(results: Retry.Result<unknown> | Retry.Result<unknown>[], title?: string): void;
  /** Every attempt of several retries as table rows. */
  function rows(results: Retry.Result<unknown>[]): Record<string, unknown>[];
}
` + SIM_DTS;
