/**
 * Ambient declarations of the simulator `sim` for Monaco (part of TOOLKIT_DTS). Types are in
 * the namespace `Sim` (`Sim.Event`, `Sim.Run`). Keep in step with sim/*.ts and README.md.
 */
export const SIM_DTS = `
declare namespace Sim {
  /** One event. Times are ms on the lesson's wall clock (format with clock.format). */
  interface Event {
    readonly id: number;
    readonly source: string;
    /** 'click', 'payment', 'inventory'...: handlers are chosen by it. */
    readonly type: string;
    /** Who it is about (a user such as 'u0042'). */
    readonly key: string;
    /** Won for payments/orders, the stock change for inventory, else null. */
    readonly amount: number | null;
    /** When it happened, on the recording device's clock. */
    readonly eventTime: number;
    /** When it reached the pipeline. */
    readonly arrivalTime: number;
    /** Extra fields: a click's page, the row of sim.from(rows)... */
    readonly data?: Readonly<Record<string, unknown>>;
  }
  /** A share of events and how much later they are: a duration or a random one in [min, max]. */
  interface Displacement { share: number; by: Clock.Duration | [Clock.Duration, Clock.Duration] }
  interface Burst {
    /** A time, or a duration after the source's start. */
    at: Clock.TimeLike | Clock.Duration;
    length: Clock.Duration;
    /** Rate multiplier (5 = five times the events). */
    factor: number;
  }
  interface SourceSpec {
    name?: string;
    /** Same seed, same events (default 1). */
    seed?: number;
    /** Default: the lesson clock's now. */
    start?: Clock.TimeLike;
    /** Default '1h'. */
    duration?: Clock.Duration;
    /** Average events per second, at random moments (default 1). */
    rate?: number;
    /** Exactly this many events instead of a rate. */
    count?: number;
    /** 'click', ['click', 'payment'] or weights { click: 8, payment: 2 }. */
    types?: string | string[] | Record<string, number>;
    /** Different keys/users (default 100). */
    keys?: number;
    /** A list of bursts, or a repeating one { every: '1h', length: '5m', factor: 4 }. */
    bursts?: Burst[] | { every: Clock.Duration; length: Clock.Duration; factor: number; at?: Clock.TimeLike | Clock.Duration };
    /** Network delay: fixed, or base plus random jitter in [0, jitter). */
    delay?: Clock.Duration | { base?: Clock.Duration; jitter?: Clock.Duration };
    /** Some events arrive much later (out of order). @example late: { share: 0.02, by: ['1m', '10m'] } */
    late?: Displacement;
    /** Some device clocks run ahead: event time later than the truth. */
    skew?: Displacement;
    /** Amounts per type { payment: [1000, 50000] }, or a function (type, random) => amount. */
    amount?: Record<string, [number, number]> | ((type: string, random: () => number) => number | null);
  }
  /** Finished events in arrival order; run them through processors. */
  interface Source {
    readonly name: string;
    readonly events: readonly Event[];
    readonly start: number;
    readonly end: number;
    readonly length: number;
    /** The events as table rows (times as text, extra fields as columns). */
    rows(): Record<string, unknown>[];
    toTable(name: string): Promise<number>;
  }
  /** Which row fields hold what (guessed: event_time, received_at, event_type, user_id, amount). */
  interface RowMapping { eventTime?: string; arrivalTime?: string; type?: string; key?: string; amount?: string; name?: string }
  interface WindowOptions {
    /** Assign by 'event' time (default) or 'processing' time. */
    time?: 'event' | 'processing';
    /** Wait this long for out-of-order events: watermark = latest event time seen − watermark. */
    watermark?: Clock.Duration;
    /** An event whose window was already emitted: 'drop' it (default) or 'update' the window. */
    late?: 'drop' | 'update';
    /** With late: 'update', how long after its end a window takes corrections (default forever). */
    allowedLateness?: Clock.Duration;
    /** What to sum (default 'amount'). */
    value?: string | ((event: Event) => number | null);
    /** Separate results per 'type', 'key', 'source' or a function. */
    groupBy?: 'type' | 'key' | 'source' | ((event: Event) => string);
  }
  interface WindowSpec extends WindowOptions { type: 'tumbling' | 'sliding'; size: Clock.Duration; slide?: Clock.Duration }
  interface ProcessorSpec {
    name?: string;
    /** 'stream' (default): each event as it arrives; 'micro-batch' / 'batch': everything that arrived, every \`every\`. */
    mode?: 'stream' | 'micro-batch' | 'batch';
    every?: Clock.Duration;
    /** First batch at this time (default start + every). */
    at?: Clock.TimeLike;
    /** Work per event (virtual). */
    perEvent?: Clock.Duration;
    /** Fixed work per batch. */
    startup?: Clock.Duration;
    window?: WindowSpec;
  }
  interface HandlerContext {
    /** Processing time (ms). */
    readonly now: number;
    /** The event arrived after its window was emitted. */
    readonly late: boolean;
    /** Adds a row to run.outputs. */
    emit(row: Record<string, unknown>): void;
  }
  type Handler = (event: Event, ctx: HandlerContext) => void;
  interface RunOptions { name?: string; start?: Clock.TimeLike; end?: Clock.TimeLike }
  interface Processor {
    readonly name: string;
    /** Adds a handler for a type (or types; '*' for all). Several per type all run (fan-out). */
    on(type: string | string[], handler: Handler): Processor;
    /** Plays the input through the processor on virtual time. */
    run(input: Source | Source[] | EventLog | readonly Event[], options?: RunOptions): Run;
  }
  interface ProcessedEvent extends Event {
    processedAt: number;
    /** When it first counted in an emitted result; null if dropped. */
    resultAt: number | null;
    /** Event time → result time (ms); null if dropped. */
    latencyMs: number | null;
    late: boolean;
    dropped: boolean;
    corrected: boolean;
  }
  interface WindowResult {
    window_start: string;
    window_end: string;
    group: string | null;
    count: number;
    sum: number;
    emitted_at: string;
    /** 2, 3... for corrections by late events. */
    version: number;
    trigger: 'watermark' | 'late' | 'end' | 'clock';
  }
  interface LatencyStats { count: number; avg: number; p50: number; p95: number; p99: number; max: number }
  interface Metrics {
    events: number; late: number; dropped: number; corrected: number; batches: number;
    /** Event time → result time, ms. */
    latency: LatencyStats;
    busyMs: number;
    /** Time resources were held: a stream processor for the whole run, a batch one while it works. */
    occupiedMs: number;
    /** Events per second of work (null if the work took no time). */
    throughputPerSec: number | null;
    start: number;
    end: number;
  }
  type RowsKind = 'events' | 'windows' | 'batches' | 'outputs' | 'latency' | 'throughput' | 'summary';
  interface TimelineOptions {
    /** Most events (default 120, max 1,000). */
    limit?: number;
    from?: Clock.TimeLike;
    to?: Clock.TimeLike;
    title?: string;
  }
  interface Run {
    readonly name: string;
    readonly mode: 'stream' | 'micro-batch' | 'batch';
    readonly metrics: Metrics;
    readonly events: ProcessedEvent[];
    readonly windows: WindowResult[];
    /** Rows handlers emitted with ctx.emit. */
    readonly outputs: Record<string, unknown>[];
    /** One row to compare runs: avg/p95/max latency, busy/occupied seconds, throughput, late/dropped. */
    summary(): Record<string, string | number | null>;
    /** Rows for tables and charts; latency and throughput per time bucket. */
    rows(kind?: RowsKind, options?: { bucket?: Clock.Duration }): Record<string, unknown>[];
    /** Loads rows (default: events) into a table. @example await run.toTable('stream_events') */
    toTable(name: string, kind?: RowsKind): Promise<number>;
    /** Draws latency or throughput over time, or the window results. */
    chart(kind?: 'latency' | 'throughput' | 'windows', options?: { bucket?: Clock.Duration; title?: string }): void;
    /** A timeline to play, pause and scrub: events flowing from event time to result. */
    timeline(options?: TimelineOptions): void;
  }
  interface ReplayOptions {
    /** First offset (default 0). */
    from?: number;
    /** When the replay starts (default just after the last record arrived). */
    at?: Clock.TimeLike;
    /** Records per second (default: all at once). */
    rate?: number;
    name?: string;
  }
  /** Append-only log (a Kafka topic): offsets, read from any offset, replay (Kappa). */
  interface EventLog {
    readonly name: string;
    readonly length: number;
    append(events: Event | readonly Event[] | Source): { from: number; to: number };
    read(from?: number, to?: number): Event[];
    /** Replays records through a processor: same event times, so event-time results are reproduced. */
    replay(processor: Processor, options?: ReplayOptions): Run;
    rows(): Record<string, unknown>[];
    toTable(name: string): Promise<number>;
  }
  interface ScheduleSpec {
    every: Clock.Duration;
    /** First run (default the lesson clock's now). */
    start?: Clock.TimeLike;
    /** How many runs (default 1). */
    times?: number;
    /** Set the lesson clock to each tick while its job runs (default true). */
    setClock?: boolean;
  }
  interface Tick { run: number; at: Date; date: string; yesterday: string }
  interface ScheduleRow { run: number; scheduled_at: string; ok: boolean; result: unknown; error: string | null }
}

/**
 * The stream and batch simulator on virtual time: a simulated day takes milliseconds.
 * @example
 * const clicks = sim.source({ seed: 1, rate: 20, duration: '1h', types: { click: 9, payment: 1 }, late: { share: 0.02, by: '2m' } });
 * const run = sim.processor({ perEvent: '20ms', window: sim.tumbling('1m', { watermark: '10s' }) }).run(clicks);
 * run.chart('latency'); run.timeline();
 */
declare const sim: {
  /** A seeded event source: rate, bursts, delay and jitter, late arrivals, clock skew. */
  source(spec: Sim.SourceSpec): Sim.Source;
  /** A source from table rows. @example sim.from(await sql\`SELECT * FROM events\`) */
  from(rows: readonly object[], mapping?: Sim.RowMapping): Sim.Source;
  /** Several sources as one. */
  merge(...sources: (Sim.Source | Sim.Source[])[]): Sim.Source;
  /** A processor; add handlers with .on(type, handler). */
  processor(spec?: Sim.ProcessorSpec): Sim.Processor;
  /** Back-to-back windows. @example sim.tumbling('10m', { watermark: '1m' }) */
  tumbling(size: Clock.Duration, options?: Sim.WindowOptions): Sim.WindowSpec;
  /** Overlapping windows of \`size\` every \`slide\`. */
  sliding(size: Clock.Duration, slide: Clock.Duration, options?: Sim.WindowOptions): Sim.WindowSpec;
  /** An append-only, replayable event log. */
  log(name?: string): Sim.EventLog;
  /**
   * Runs a job at virtual times (a nightly batch), with the lesson clock set to each tick.
   * @example await sim.schedule({ every: '1d', start: '2024-01-14 02:00', times: 3 }, (t) => runDailyBatch(t.yesterday));
   */
  schedule(spec: Sim.ScheduleSpec, job: (tick: Sim.Tick) => unknown): Promise<Sim.ScheduleRow[]>;
  /** Summary rows of several runs. */
  compare(runs: Sim.Run[]): Record<string, string | number | null>[];
};
`;
