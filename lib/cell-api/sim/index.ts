/**
 * `sim`: the virtual-time stream and batch simulator a cell gets. A simulated day takes
 * milliseconds; the same seeds give the same events, results and metrics everywhere.
 */
import type { Duration } from '../time';
import { EventLog } from './log';
import { Processor } from './processor';
import type { SimRun } from './run';
import { runSchedule, type ScheduleSpec, type Tick } from './schedule';
import { generateSource, mergeSources, sourceFromRows, type RowMapping, type Source } from './source';
import type { ProcessorSpec, SimHost, SourceSpec, WindowSpec } from './types';

type WindowOptions = Omit<WindowSpec, 'type' | 'size' | 'slide'>;

/** Builds the `sim` object for one runner. */
export function createSim(host: SimHost) {
  const loader = host.load;
  return {
    /** A seeded event source: rate, bursts, delay and jitter, late arrivals, clock skew. */
    source: (spec: SourceSpec): Source => generateSource(spec, host.clock.nowMs(), loader),
    /** A source made of table rows (times as text, Dates or ms). */
    from: (rows: readonly Record<string, unknown>[], mapping?: RowMapping): Source => sourceFromRows(rows, mapping, loader),
    /** Several sources as one, in arrival order. */
    merge: (...sources: (Source | readonly Source[])[]): Source => mergeSources(sources.flat() as Source[], loader),
    /** A processor: mode, costs, window; add handlers with `.on(type, handler)`. */
    processor: (spec: ProcessorSpec = {}): Processor => new Processor(spec, host),
    /** A tumbling window spec: back-to-back windows of `size`. */
    tumbling: (size: Duration, options: WindowOptions = {}): WindowSpec => ({ ...options, type: 'tumbling', size }),
    /** A sliding window spec: windows of `size` starting every `slide`. */
    sliding: (size: Duration, slide: Duration, options: WindowOptions = {}): WindowSpec => ({ ...options, type: 'sliding', size, slide }),
    /** An append-only, replayable event log. */
    log: (name = 'log'): EventLog => new EventLog(name, loader),
    /** Runs a job at virtual times, moving the lesson clock to each. */
    schedule: (spec: ScheduleSpec, job: (tick: Tick) => unknown) => runSchedule(spec, job, host),
    /** Summary rows of several runs, for a table or a chart. */
    compare: (runs: readonly SimRun[]) => runs.map((r) => r.summary()),
  };
}

export type SimApi = ReturnType<typeof createSim>;
