/**
 * The processing loop of a simulation, on virtual time. Stream mode handles events one at a
 * time as they arrive (a single worker: an event waits while the one before it is handled);
 * micro-batch and batch modes wake every `every`, take everything that arrived since and handle
 * it at once (startup cost + cost per event). Handlers run per event with fan-out; windows count
 * events and decide when results are emitted. Per-event times go into typed arrays, not objects,
 * so a million events cost no allocation here.
 */
import { toMs, toTime, ToolkitError } from '../time';
import type { Handler, HandlerContext, ProcessorSpec, SimEvent } from './types';
import { CORRECTED, DROPPED, ON_TIME, WindowEngine } from './windows';

/** Event flags. */
export const LATE = 1, DROPPED_FLAG = 2, CORRECTED_FLAG = 4;

/** One batch of a micro-batch or batch run. */
export interface BatchRecord {
  index: number;
  /** When the batch was due, started (after the previous one) and done. */
  trigger: number;
  start: number;
  done: number;
  events: number;
}

/** What a run computed; `SimRun` turns it into rows, metrics and charts. */
export interface EngineResult {
  mode: 'stream' | 'micro-batch' | 'batch';
  /** The input in processing order, and its event times (so metrics need not touch the objects). */
  events: readonly SimEvent[];
  eventTimes: Float64Array;
  processedAt: Float64Array;
  /** When each event first counted in an emitted result; NaN when it never did (dropped). */
  resultAt: Float64Array;
  flags: Uint8Array;
  batches: BatchRecord[];
  windows?: WindowEngine;
  outputs: Record<string, unknown>[];
  /** Virtual time the run covers: from the input's start to the last result. */
  start: number;
  end: number;
  /** Time the processor spent working. */
  busyMs: number;
}

/** A processor spec with durations read and defaults filled in. */
export interface Plan {
  mode: EngineResult['mode'];
  every: number;
  at?: number;
  perEvent: number;
  startup: number;
}

/** Reads a processor spec (throws `ToolkitError` on anything unusable). */
export function planOf(spec: ProcessorSpec): Plan {
  const mode = spec.mode ?? 'stream';
  if (mode !== 'stream' && mode !== 'micro-batch' && mode !== 'batch') throw new ToolkitError(`processor mode must be 'stream', 'micro-batch' or 'batch', got ${String(mode)}`);
  const every = spec.every === undefined ? 0 : toMs(spec.every, 'processor every');
  if (mode !== 'stream' && every <= 0) throw new ToolkitError(`a ${mode} processor needs every: how often it runs, e.g. every: '5m'`);
  return {
    mode,
    every,
    at: spec.at === undefined ? undefined : toTime(spec.at, 'processor at'),
    perEvent: toMs(spec.perEvent ?? 0, 'perEvent'),
    startup: toMs(spec.startup ?? 0, 'startup'),
  };
}

/** Runs `events` (already in arrival order) through the plan, handlers and window. */
export function runEngine(
  plan: Plan,
  handlers: ReadonlyMap<string, readonly Handler[]>,
  windows: WindowEngine | undefined,
  events: readonly SimEvent[],
  range: { start: number; end: number },
): EngineResult {
  const n = events.length;
  const processedAt = new Float64Array(n);
  const eventTimes = new Float64Array(n);
  const resultAt = new Float64Array(n);
  const flags = new Uint8Array(n);
  const batches: BatchRecord[] = [];
  const outputs: Record<string, unknown>[] = [];
  const any = handlers.get('*') ?? [];
  const hasHandlers = handlers.size > 0;
  const ctx: { now: number; late: boolean; emit(row: Record<string, unknown>): void } = {
    now: 0,
    late: false,
    emit: (row) => void outputs.push({ ...row }),
  };

  const handle = (i: number, e: SimEvent, now: number) => {
    let status = ON_TIME;
    if (windows) {
      status = windows.add(i, e, now);
      if (status !== ON_TIME) flags[i] = LATE | (status === DROPPED ? DROPPED_FLAG : CORRECTED_FLAG);
      if (status === CORRECTED) resultAt[i] = now;
      else if (status === DROPPED) resultAt[i] = NaN;
    } else resultAt[i] = now;
    if (hasHandlers) {
      ctx.now = now;
      ctx.late = status !== ON_TIME;
      const own = handlers.get(e.type);
      if (own) for (let h = 0; h < own.length; h++) own[h](e, ctx as HandlerContext);
      for (let h = 0; h < any.length; h++) any[h](e, ctx as HandlerContext);
    }
  };

  let busy = 0;
  let last = range.start;
  if (plan.mode === 'stream') {
    let free = -Infinity;
    for (let i = 0; i < n; i++) {
      const e = events[i];
      eventTimes[i] = e.eventTime;
      free = (e.arrivalTime > free ? e.arrivalTime : free) + plan.perEvent;
      processedAt[i] = free;
      handle(i, e, free);
      if (windows) {
        windows.observe(e.eventTime);
        windows.fire(free);
      }
    }
    busy = n * plan.perEvent;
    if (n > 0) last = Math.max(last, processedAt[n - 1]);
  } else {
    const first = plan.at ?? range.start + plan.every;
    let trigger = first;
    let prevDone = -Infinity;
    for (let i = 0; i < n; ) {
      const arrival = events[i].arrivalTime;
      // Jump over triggers with nothing to do (no cost: nothing runs).
      if (arrival >= trigger) trigger = first + (Math.floor((arrival - first) / plan.every) + 1) * plan.every;
      let j = i;
      while (j < n && events[j].arrivalTime < trigger) j++;
      const start = Math.max(trigger, prevDone);
      const done = start + plan.startup + (j - i) * plan.perEvent;
      for (let k = i; k < j; k++) {
        processedAt[k] = done;
        eventTimes[k] = events[k].eventTime;
        handle(k, events[k], done);
      }
      if (windows) {
        for (let k = i; k < j; k++) windows.observe(events[k].eventTime);
        windows.fire(done);
      }
      batches.push({ index: batches.length + 1, trigger, start, done, events: j - i });
      busy += done - start;
      prevDone = last = done;
      i = j;
      trigger += plan.every;
    }
  }

  const end = Math.max(range.end, last);
  if (windows) {
    windows.finish(end);
    for (let i = 0; i < n; i++) {
      if (flags[i] === 0) resultAt[i] = windows.firstWindow[i] >= 0 ? windows.firstEmitOf(windows.firstWindow[i]) : NaN;
    }
  }
  let resultEnd = end;
  for (let i = 0; i < n; i++) if (resultAt[i] > resultEnd) resultEnd = resultAt[i];
  return { mode: plan.mode, events, eventTimes, processedAt, resultAt, flags, batches, windows, outputs, start: range.start, end: resultEnd, busyMs: busy };
}
