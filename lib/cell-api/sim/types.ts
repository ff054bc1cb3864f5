/**
 * Shapes of the virtual-time simulator: events, sources, processors, windows. Times are ms on
 * the lesson's wall clock (see ../time.ts); nothing here waits for real time.
 */
import type { LoadColumnType } from '@/lib/kernel/protocol';
import type { Output } from '@/lib/kernel/outputs';
import type { RunnerClock } from '../clock';
import type { LoadOptions } from '../load-rows';
import type { Duration, TimeLike } from '../time';

/** One event: when it happened (event time) and when it reached the pipeline (arrival). */
export interface SimEvent {
  /** Position in its source, from 0 (unique per source). */
  readonly id: number;
  readonly source: string;
  /** `'click'`, `'payment'`, `'inventory'`, ... handlers are chosen by it. */
  readonly type: string;
  /** Who or what it is about: a user (`'u0042'`) or a product. */
  readonly key: string;
  /** Money for payments/orders, the stock change for inventory, otherwise null. */
  readonly amount: number | null;
  /** When it happened, on the clock of the device that recorded it. */
  readonly eventTime: number;
  /** When it arrived at the pipeline (the processor cannot see it earlier). */
  readonly arrivalTime: number;
  /** Extra fields: the page of a click, the original row of `sim.from(rows)`... */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A share of events and how much later they are (a duration, or a random one in [min, max]). */
export interface Displacement {
  share: number;
  by: Duration | [Duration, Duration];
}

/** A stretch of time with a different rate (a sale, a marketing push). */
export interface Burst {
  /** Start: a time, or a duration after the source's start. */
  at: TimeLike | Duration;
  length: Duration;
  /** Rate multiplier during the burst (5 = five times the events). */
  factor: number;
}

/** How `sim.source` makes events. */
export interface SourceSpec {
  name?: string;
  /** Same seed, same events (default 1). */
  seed?: number;
  /** Default: the lesson clock's now. */
  start?: TimeLike;
  /** How long the source emits (default 1 hour). */
  duration?: Duration;
  /** Average events per second, arriving at random (Poisson); default 1. */
  rate?: number;
  /** Exactly this many events over the duration, instead of `rate`. */
  count?: number;
  /** One type, several, or weights: `{ click: 8, payment: 2 }` (default `'event'`). */
  types?: string | readonly string[] | Readonly<Record<string, number>>;
  /** How many different keys (users) appear (default 100). */
  keys?: number;
  /** Bursts: a list, or a repeating one (`{ every: '1h', length: '5m', factor: 4 }`). */
  bursts?: readonly Burst[] | { every: Duration; length: Duration; factor: number; at?: TimeLike | Duration };
  /** Network delay before arrival: a fixed duration, or base plus a random jitter in [0, jitter). */
  delay?: Duration | { base?: Duration; jitter?: Duration };
  /** Some events arrive much later (a phone offline, a retry): out of order. */
  late?: Displacement;
  /** Some devices' clocks run ahead: the recorded event time is later than the truth. */
  skew?: Displacement;
  /** Amounts for a type: `{ payment: [1000, 50000] }`, or a function; default per type. */
  amount?: Readonly<Record<string, readonly [number, number]>> | ((type: string, random: () => number) => number | null);
}

/** Windows that count and sum events (by event time, unless `time: 'processing'`). */
export interface WindowSpec {
  type: 'tumbling' | 'sliding';
  size: Duration;
  /** Sliding windows: how far apart window starts are. */
  slide?: Duration;
  /** Assign events by `'event'` time (default) or by `'processing'` time. */
  time?: 'event' | 'processing';
  /** How long to wait for out-of-order events: watermark = latest event time seen − this. */
  watermark?: Duration;
  /** What to do with an event whose window has already been emitted (default `'drop'`). */
  late?: 'drop' | 'update';
  /** With `late: 'update'`: how long after its end a window still accepts corrections (default: forever). */
  allowedLateness?: Duration;
  /** What to sum: a field of the event (default `'amount'`) or a function. */
  value?: string | ((event: SimEvent) => number | null);
  /** Separate results per `'type'`, `'key'`, `'source'` or a function. */
  groupBy?: 'type' | 'key' | 'source' | ((event: SimEvent) => string);
}

/** How a processor works and what it costs (all virtual time). */
export interface ProcessorSpec {
  name?: string;
  /** `'stream'` (default): one event at a time as it arrives; `'micro-batch'`/`'batch'`: everything that arrived, every `every`. */
  mode?: 'stream' | 'micro-batch' | 'batch';
  /** Interval between batches (micro-batch, batch). */
  every?: Duration;
  /** First batch at this time (default: start + every). */
  at?: TimeLike;
  /** Work per event. */
  perEvent?: Duration;
  /** Fixed work per batch (start a cluster, open files). */
  startup?: Duration;
  window?: WindowSpec;
}

/** What a handler gets besides the event. */
export interface HandlerContext {
  /** The processing time (ms) at which the event is handled. */
  readonly now: number;
  /** The event arrived after its window had been emitted. */
  readonly late: boolean;
  /** Adds a row to the run's `outputs` (a sink). */
  emit(row: Record<string, unknown>): void;
}

export type Handler = (event: SimEvent, ctx: HandlerContext) => void;

/** One emitted window result (a correction is another row with a higher version). */
export interface WindowResult {
  window_start: string;
  window_end: string;
  group: string | null;
  count: number;
  sum: number;
  emitted_at: string;
  version: number;
  /** Why it was emitted: the watermark passed its end, a late event corrected it, the input ended, or (processing-time windows) the clock passed its end. */
  trigger: 'watermark' | 'late' | 'end' | 'clock';
}

/** What the simulator needs from the runner. */
export interface SimHost {
  emit(output: Output): void;
  /** `chart(spec)` of the cell API: validates and shows a chart. */
  chart(spec: unknown): void;
  load(table: string, rows: readonly unknown[], options?: LoadOptions): Promise<number>;
  clock: RunnerClock;
}

/** Column types of rows the simulator produces (so tables get TIMESTAMP, not VARCHAR). */
export type RowTypes = Record<string, LoadColumnType>;
