/**
 * A stream (or batch) processor: handlers per event type, several per type (fan-out, the
 * observer pattern), an optional window, a mode and a cost model. `run(input)` plays the input
 * through it on virtual time and returns a `SimRun`; the processor itself keeps no state between
 * runs, so the same processor can run different inputs (or the same input again, identically).
 */
import { toTime, ToolkitError, type TimeLike } from '../time';
import { planOf, runEngine, type Plan } from './engine';
import { EventLog } from './log';
import { SimRun } from './run';
import { inArrivalOrder, Source } from './source';
import type { Handler, ProcessorSpec, SimEvent, SimHost } from './types';
import { WindowEngine } from './windows';

/** What a processor can run: a source, several sources, an event log, or events. */
export type RunInput = Source | readonly Source[] | EventLog | readonly SimEvent[];

/** Options of `processor.run`. */
export interface RunOptions {
  /** Label of the run in summaries and charts (default: the processor's name). */
  name?: string;
  /** Start of the run's time range (default: the input's start). */
  start?: TimeLike;
  /** End of the time range: the processor runs at least until then (default: the input's end). */
  end?: TimeLike;
}

function isSorted(events: readonly SimEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (events[i].arrivalTime < events[i - 1].arrivalTime) return false;
  return true;
}

/** The input as events in arrival order, with the time range it covers. */
export function inputOf(input: RunInput): { events: readonly SimEvent[]; start: number; end: number } {
  if (input instanceof Source) return { events: input.events, start: input.start, end: input.end };
  if (input instanceof EventLog) return inputOf(input.read());
  if (!Array.isArray(input)) throw new ToolkitError('processor.run expects a source (sim.source / sim.from), a list of sources, an event log or an array of events');
  if (input.length > 0 && input.every((s) => s instanceof Source)) {
    const sources = input as readonly Source[];
    const events = inArrivalOrder(sources.flatMap((s) => s.events));
    return { events, start: Math.min(...sources.map((s) => s.start)), end: Math.max(...sources.map((s) => s.end)) };
  }
  const events = input as readonly SimEvent[];
  const bad = events.findIndex((e) => typeof e !== 'object' || e === null || typeof e.arrivalTime !== 'number' || typeof e.eventTime !== 'number');
  if (bad >= 0) throw new ToolkitError(`processor.run: item ${bad + 1} is not an event (it needs numeric eventTime and arrivalTime)`);
  const sorted = isSorted(events) ? events : inArrivalOrder(events);
  let start = Infinity, end = -Infinity;
  for (const e of sorted) {
    start = Math.min(start, e.eventTime, e.arrivalTime);
    end = Math.max(end, e.eventTime, e.arrivalTime);
  }
  return { events: sorted, start: Number.isFinite(start) ? start : 0, end: Number.isFinite(end) ? end : 0 };
}

/** See the module doc; made by `sim.processor(spec)`. */
export class Processor {
  private readonly handlers = new Map<string, Handler[]>();
  private readonly plan: Plan;

  constructor(readonly spec: ProcessorSpec, private readonly host: SimHost) {
    if (typeof spec !== 'object' || spec === null) throw new ToolkitError("sim.processor expects a spec like { mode: 'stream', perEvent: '10ms' }");
    this.plan = planOf(spec);
    if (spec.window) new WindowEngine(spec.window, 0); // check the window spec now, not at the first run
  }

  /** The name used for runs: `spec.name`, or the mode. */
  get name(): string {
    return this.spec.name ?? this.plan.mode;
  }

  /** Adds a handler for events of `type` (or several types; `'*'` for every event). Returns the processor. */
  on(type: string | readonly string[], handler: Handler): this {
    if (typeof handler !== 'function') throw new ToolkitError('processor.on(type, handler): handler must be a function (event, ctx) => ...');
    for (const ty of typeof type === 'string' ? [type] : type) this.handlers.set(ty, [...(this.handlers.get(ty) ?? []), handler]);
    return this;
  }

  /** Plays `input` through the processor on virtual time. */
  run(input: RunInput, options: RunOptions = {}): SimRun {
    const { events, start, end } = inputOf(input);
    const range = {
      start: options.start === undefined ? start : toTime(options.start, 'run start'),
      end: options.end === undefined ? end : toTime(options.end, 'run end'),
    };
    const windows = this.spec.window ? new WindowEngine(this.spec.window, events.length) : undefined;
    const result = runEngine(this.plan, this.handlers, windows, events, range);
    return new SimRun(options.name ?? this.name, result, this.host);
  }
}
