/**
 * An append-only event log, like a Kafka topic: records get increasing offsets, nothing is ever
 * changed or removed, and any processor can read it again from any offset. Replaying the log
 * through a new processor is how the Kappa architecture reprocesses history.
 */
import { toTime, ToolkitError, type TimeLike } from '../time';
import type { Processor } from './processor';
import type { SimRun } from './run';
import { eventRows, Source, type RowLoader } from './source';
import type { SimEvent } from './types';

/** Options of `log.replay`. */
export interface ReplayOptions {
  /** First offset to replay (default 0). */
  from?: number;
  /** When the replay starts (default: just after the last record arrived). */
  at?: TimeLike;
  /** Records delivered per second (default: all at once; the processor's cost sets the pace). */
  rate?: number;
  name?: string;
}

/** See the module doc; made by `sim.log(name)`. */
export class EventLog {
  private readonly records: SimEvent[] = [];

  constructor(readonly name: string, private readonly loader?: RowLoader) {}

  get length(): number {
    return this.records.length;
  }

  /** Appends events (in the order given; a source's are in arrival order); returns their offsets [from, to). */
  append(input: SimEvent | readonly SimEvent[] | Source): { from: number; to: number } {
    const events = input instanceof Source ? input.events : Array.isArray(input) ? input : [input as SimEvent];
    for (const e of events) {
      if (typeof e !== 'object' || e === null || typeof e.eventTime !== 'number') throw new ToolkitError('log.append expects events (from a source or a run)');
    }
    const from = this.records.length;
    for (const e of events) this.records.push(Object.freeze({ ...e }));
    return { from, to: this.records.length };
  }

  /** A copy of the records at offsets [from, to). */
  read(from = 0, to = this.records.length): SimEvent[] {
    if (!Number.isInteger(from) || from < 0) throw new ToolkitError(`log.read: from must be an offset ≥ 0, got ${from}`);
    return this.records.slice(from, to);
  }

  /**
   * Replays records from `options.from` through `processor`: they arrive again, from
   * `options.at`, with their original event times, so event-time results are reproduced.
   */
  replay(processor: Processor, options: ReplayOptions = {}): SimRun {
    const from = options.from ?? 0;
    const records = this.read(from);
    if (records.length === 0) throw new ToolkitError(`log.replay: nothing to replay from offset ${from} (the log has ${this.records.length} records)`);
    const lastArrival = Math.max(...this.records.map((e) => e.arrivalTime));
    const at = options.at === undefined ? lastArrival : toTime(options.at, 'replay at');
    const rate = options.rate;
    if (rate !== undefined && !(rate > 0)) throw new ToolkitError('log.replay: rate must be records per second, above 0');
    const events = records.map((e, k) => ({ ...e, arrivalTime: at + (rate ? (k * 1000) / rate : 0) }));
    return processor.run(events, { name: options.name ?? `${processor.name} (replay)`, start: at });
  }

  /** The records as table rows with their offsets. */
  rows(): Record<string, unknown>[] {
    return eventRows(this.records).map((row, offset) => ({ offset, ...row }));
  }

  /** Loads the records into a DuckDB table. */
  toTable(name: string): Promise<number> {
    if (!this.loader) return Promise.reject(new ToolkitError('this log cannot load tables'));
    return this.loader(name, this.rows(), { types: { offset: 'BIGINT', event_time: 'TIMESTAMP', arrival_time: 'TIMESTAMP' } });
  }
}
