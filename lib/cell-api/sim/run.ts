/**
 * The result of a simulation run, as a student uses it: metrics and a summary row, rows for
 * tables (events, windows, batches, handler outputs, per-bucket series), charts drawn straight
 * from the run, a playable timeline, and `toTable` into DuckDB.
 */
import { runnerText } from '@/lib/i18n/runner';
import { DAY, durationText, formatTime, MINUTE, timestampText, toMs, ToolkitError, type Duration } from '../time';
import { CORRECTED_FLAG, DROPPED_FLAG, LATE, type EngineResult } from './engine';
import { bucketed, latencyStats, niceBucket, rounded, type LatencyStats } from './metrics';
import { runTimeline, type TimelineOptions } from './run-timeline';
import type { RowTypes, SimEvent, SimHost, WindowResult } from './types';

/** An event after the run: its times and what became of it. Times in ms. */
export interface ProcessedEvent extends SimEvent {
  processedAt: number;
  /** When it first counted in an emitted result; null when it was dropped. */
  resultAt: number | null;
  /** Event time → result time, ms; null when dropped. */
  latencyMs: number | null;
  late: boolean;
  dropped: boolean;
  corrected: boolean;
}

/** Numbers about a run (times in ms). */
export interface RunMetrics {
  events: number;
  late: number;
  dropped: number;
  corrected: number;
  batches: number;
  latency: LatencyStats;
  busyMs: number;
  occupiedMs: number;
  /** Events handled per second of work (∞ when the work took no time: then null). */
  throughputPerSec: number | null;
  start: number;
  end: number;
}

/** What `run.rows(...)` and `run.toTable(..., what)` can produce. */
export type RunRowsKind = 'events' | 'windows' | 'batches' | 'outputs' | 'latency' | 'throughput' | 'summary';

const seconds = (ms: number, digits = 3) => rounded(ms / 1000, digits);

/** One simulation run. */
export class SimRun {
  private metricsCache?: RunMetrics;
  private eventsCache?: ProcessedEvent[];

  constructor(readonly name: string, private readonly r: EngineResult, private readonly host: SimHost) {}

  get mode(): EngineResult['mode'] {
    return this.r.mode;
  }

  /** Emitted window results (a correction is another row with a higher version). */
  get windows(): WindowResult[] {
    return this.r.windows?.results ?? [];
  }

  /** Rows handlers emitted with `ctx.emit(row)`. */
  get outputs(): Record<string, unknown>[] {
    return this.r.outputs;
  }

  /** Every event with its processing and result times (built on first use). */
  get events(): ProcessedEvent[] {
    if (!this.eventsCache) {
      const { events, processedAt, resultAt, flags } = this.r;
      this.eventsCache = events.map((e, i) => {
        const result = resultAt[i];
        return {
          ...e,
          processedAt: processedAt[i],
          resultAt: result === result ? result : null,
          latencyMs: result === result ? result - e.eventTime : null,
          late: (flags[i] & LATE) !== 0,
          dropped: (flags[i] & DROPPED_FLAG) !== 0,
          corrected: (flags[i] & CORRECTED_FLAG) !== 0,
        };
      });
    }
    return this.eventsCache;
  }

  get metrics(): RunMetrics {
    if (!this.metricsCache) {
      const { events, eventTimes, resultAt, flags, busyMs, start, end } = this.r;
      const latency = new Float64Array(events.length);
      let late = 0, dropped = 0, corrected = 0;
      for (let i = 0; i < events.length; i++) {
        latency[i] = resultAt[i] - eventTimes[i];
        const f = flags[i];
        if (f & LATE) late++;
        if (f & DROPPED_FLAG) dropped++;
        if (f & CORRECTED_FLAG) corrected++;
      }
      this.metricsCache = {
        events: events.length,
        late, dropped, corrected,
        batches: this.r.mode === 'stream' ? events.length : this.r.batches.length,
        latency: latencyStats(latency),
        busyMs,
        occupiedMs: this.r.mode === 'stream' ? end - start : busyMs,
        throughputPerSec: busyMs > 0 ? events.length / (busyMs / 1000) : null,
        start, end,
      };
    }
    return this.metricsCache;
  }

  /** One row for comparing runs (`runs.map((r) => r.summary())`): seconds, rounded. */
  summary(): Record<string, string | number | null> {
    const m = this.metrics;
    return {
      name: this.name,
      mode: this.mode,
      events: m.events,
      runs: m.batches,
      avg_latency_sec: seconds(m.latency.avg),
      p95_latency_sec: seconds(m.latency.p95),
      max_latency_sec: seconds(m.latency.max),
      busy_sec: seconds(m.busyMs, 1),
      occupied_sec: seconds(m.occupiedMs, 1),
      throughput_per_sec: m.throughputPerSec === null ? null : rounded(m.throughputPerSec, 1),
      late: m.late,
      dropped: m.dropped,
      corrected: m.corrected,
    };
  }

  /** Rows for a table or chart (see `RunRowsKind`); times as `'YYYY-MM-DD HH:MM:SS[.mmm]'` text. */
  rows(kind: RunRowsKind = 'events', options: { bucket?: Duration } = {}): Record<string, unknown>[] {
    switch (kind) {
      case 'events':
        return this.events.map((e) => ({
          event_id: e.id, source: e.source, event_type: e.type, key: e.key, amount: e.amount,
          event_time: timestampText(e.eventTime), arrival_time: timestampText(e.arrivalTime),
          processed_at: timestampText(e.processedAt), result_at: e.resultAt === null ? null : timestampText(e.resultAt),
          latency_ms: e.latencyMs === null ? null : rounded(e.latencyMs, 3), late: e.late, dropped: e.dropped, corrected: e.corrected,
        }));
      case 'windows':
        return this.windows.map((w) => ({ ...w }));
      case 'batches':
        return this.r.batches.map((b) => ({
          batch: b.index, due_at: timestampText(b.trigger), started_at: timestampText(b.start), done_at: timestampText(b.done),
          events: b.events, duration_sec: seconds(b.done - b.start),
        }));
      case 'outputs':
        return this.outputs.map((o) => ({ ...o }));
      case 'summary':
        return [this.summary()];
      case 'latency':
      case 'throughput':
        return this.series(kind, options.bucket);
    }
    throw new ToolkitError(`run.rows: kind must be one of events, windows, batches, outputs, latency, throughput, summary; got ${String(kind)}`);
  }

  /** Loads rows of the run into a DuckDB table (default: its events); resolves to the row count. */
  toTable(name: string, kind: RunRowsKind = 'events'): Promise<number> {
    return this.host.load(name, this.rows(kind), { types: TYPES[kind] });
  }

  /** Draws a chart of the run: latency or throughput over time, or the window results. */
  chart(kind: 'latency' | 'throughput' | 'windows' = 'latency', options: { bucket?: Duration; title?: string } = {}): void {
    const label = runnerText().toolkit;
    if (kind === 'windows') {
      const data = this.windows.filter((w) => w.trigger !== 'late').map((w) => ({ window: w.window_start.slice(11, 16) + (w.group ? ` ${w.group}` : ''), count: w.count }));
      return this.draw({ type: 'bar', data, x: 'window', y: [{ y: 'count', label: label.windowsCount }], title: options.title ?? label.windowsTitle(this.name) });
    }
    const rows = this.series(kind, options.bucket);
    const bucket = durationText(this.bucketOf(options.bucket));
    if (kind === 'latency') {
      return this.draw({
        type: 'line', data: rows, x: 'time', yLabel: label.seconds, title: options.title ?? label.latencyTitle(this.name, bucket),
        y: [{ y: 'avg_latency_sec', label: label.avg }, { y: 'p95_latency_sec', label: 'p95' }, { y: 'max_latency_sec', label: label.max }],
      });
    }
    if (kind !== 'throughput') throw new ToolkitError(`run.chart: kind must be 'latency', 'throughput' or 'windows', got ${String(kind)}`);
    return this.draw({
      type: 'bar', data: rows, x: 'time', title: options.title ?? label.throughputTitle(this.name, bucket),
      y: [{ y: 'arrived', label: label.arrived }, { y: 'processed', label: label.processed }],
    });
  }

  /** Shows the run as a timeline to play, pause and scrub (a sample of its events). */
  timeline(options: TimelineOptions = {}): void {
    this.host.emit(runTimeline(this.name, this.r, options));
  }

  private draw(spec: Record<string, unknown>) {
    this.host.chart(spec);
  }

  private bucketOf(bucket?: Duration): number {
    return bucket === undefined ? niceBucket(this.r.end - this.r.start) : toMs(bucket, 'bucket');
  }

  private series(kind: 'latency' | 'throughput', bucket?: Duration): Record<string, unknown>[] {
    const size = this.bucketOf(bucket);
    if (size <= 0) throw new ToolkitError('bucket must be longer than 0');
    const long = this.r.end - this.r.start > DAY;
    const label = (at: number) => formatTime(at, size >= DAY ? 'YYYY-MM-DD' : size >= MINUTE ? (long ? 'MM-DD HH:mm' : 'HH:mm') : 'HH:mm:ss');
    const { events, resultAt, processedAt } = this.r;
    const origin = Math.floor(this.r.start / size) * size;
    if (kind === 'latency') {
      const times = new Float64Array(events.length);
      const lat = new Float64Array(events.length);
      for (let i = 0; i < events.length; i++) {
        times[i] = events[i].eventTime;
        lat[i] = resultAt[i] - events[i].eventTime;
      }
      return bucketed(times, lat, origin, size).map((b) => ({
        time: label(b.at), start: timestampText(b.at), events: b.count,
        avg_latency_sec: seconds(b.stats!.avg), p95_latency_sec: seconds(b.stats!.p95), max_latency_sec: seconds(b.stats!.max),
      }));
    }
    const arrivals = new Float64Array(events.length);
    for (let i = 0; i < events.length; i++) arrivals[i] = events[i].arrivalTime;
    const processed = new Map(bucketed(processedAt, undefined, origin, size).map((b) => [b.at, b.count]));
    const arrived = new Map(bucketed(arrivals, undefined, origin, size).map((b) => [b.at, b.count]));
    return [...new Set([...arrived.keys(), ...processed.keys()])].sort((a, b) => a - b).map((at) => ({
      time: label(at), start: timestampText(at), arrived: arrived.get(at) ?? 0, processed: processed.get(at) ?? 0,
    }));
  }
}

/** Column types of run rows, so empty or all-NULL columns still get the right SQL type. */
const TYPES: Partial<Record<RunRowsKind, RowTypes>> = {
  events: { event_id: 'BIGINT', amount: 'DOUBLE', event_time: 'TIMESTAMP', arrival_time: 'TIMESTAMP', processed_at: 'TIMESTAMP', result_at: 'TIMESTAMP', latency_ms: 'DOUBLE', late: 'BOOLEAN', dropped: 'BOOLEAN', corrected: 'BOOLEAN' },
  windows: { window_start: 'TIMESTAMP', window_end: 'TIMESTAMP', group: 'VARCHAR', count: 'BIGINT', sum: 'DOUBLE', emitted_at: 'TIMESTAMP', version: 'BIGINT' },
  batches: { due_at: 'TIMESTAMP', started_at: 'TIMESTAMP', done_at: 'TIMESTAMP' },
};
