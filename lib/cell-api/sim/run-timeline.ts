/**
 * A run as a timeline output: each event is a flow through the lanes "happened (event time)",
 * "arrived", "processed" and, with windows, "in a result"; batches and windows are spans; the
 * watermark is a marker that moves with the playhead. A timeline shows a sample of the run
 * (the first events, or those in a time range), since thousands of marks are unreadable anyway.
 */
import { runnerText } from '@/lib/i18n/runner';
import type { TimelineItem, TimelineOutput, TimelineSeries, TimelineTone } from '@/lib/kernel/outputs';
import { formatTime, toTime, ToolkitError, type TimeLike } from '../time';
import { CORRECTED_FLAG, DROPPED_FLAG, LATE, type EngineResult } from './engine';

/** Options of `run.timeline()`. */
export interface TimelineOptions {
  /** Most events to show (default 120, at most 1,000). */
  limit?: number;
  /** Show the events that happened or arrived in [from, to). */
  from?: TimeLike;
  to?: TimeLike;
  title?: string;
}

/** Most points kept in a marker or counter series. */
const MAX_POINTS = 2_000;
/** Most batch and window spans drawn (a long axis over tiny windows would draw thousands). */
const MAX_SPANS = 500;

/** Cumulative count of `times` as a step series. */
export function countSeries(label: string, tone: TimelineTone, times: number[]): TimelineSeries & { tone: TimelineTone } {
  const sorted = times.filter((x) => x === x).sort((a, b) => a - b);
  const points: number[] = [];
  sorted.forEach((x, i) => {
    if (points.length >= 2 && points[points.length - 2] === x) points[points.length - 1] = i + 1;
    else points.push(x, i + 1);
  });
  return { label, tone, points };
}

/** Keeps at most MAX_POINTS pairs of a flat series (every k-th pair, always the last). */
function thin(points: number[]): number[] {
  const pairs = points.length / 2;
  if (pairs <= MAX_POINTS) return points;
  const step = Math.ceil(pairs / MAX_POINTS);
  const out: number[] = [];
  for (let p = 0; p < pairs; p += step) out.push(points[2 * p], points[2 * p + 1]);
  out.push(points[points.length - 2], points[points.length - 1]);
  return out;
}

/** The pairs of a flat step series with t in [start, end], plus the step in force at `start`. */
function within(points: readonly number[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let p = 0; p < points.length; p += 2) {
    const at = points[p];
    if (at > end) break;
    if (at < start && p + 2 < points.length && points[p + 2] <= start) continue;
    out.push(at, points[p + 1]);
  }
  return out;
}

/**
 * Indices of the events to show: those that happened or arrived in [from, to), spread evenly when
 * there are more than `limit`. Without a range, a run with a window shows its first two windows
 * (plus the watermark's wait), so results appear within the picture; otherwise its first events.
 */
function selection(r: EngineResult, o: TimelineOptions): number[] {
  const limit = o.limit ?? 120;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new ToolkitError('run.timeline: limit must be a whole number from 1 to 1,000');
  let from = o.from === undefined ? -Infinity : toTime(o.from, 'run.timeline from');
  let to = o.to === undefined ? Infinity : toTime(o.to, 'run.timeline to');
  if (o.from === undefined && o.to === undefined && r.windows) {
    from = Math.floor(r.start / r.windows.slide) * r.windows.slide;
    to = from + 2 * r.windows.size + r.windows.delay;
  }
  const inRange: number[] = [];
  for (let i = 0; i < r.events.length; i++) {
    const e = r.events[i];
    if ((e.eventTime >= from && e.eventTime < to) || (e.arrivalTime >= from && e.arrivalTime < to)) {
      inRange.push(i);
      if (to === Infinity && inRange.length === limit) break;
    }
  }
  if (inRange.length <= limit) return inRange;
  // Late events are what a timeline is for: keep them (up to a quarter), spread the rest evenly.
  const late = inRange.filter((i) => r.flags[i] & LATE);
  const keptLate = spread(late, Math.min(late.length, Math.floor(limit / 4)));
  const others = inRange.filter((i) => !(r.flags[i] & LATE));
  return [...keptLate, ...spread(others, limit - keptLate.length)].sort((a, b) => a - b);
}

/** `n` elements of `items`, evenly spaced. */
function spread(items: readonly number[], n: number): number[] {
  return Array.from({ length: n }, (_, k) => items[Math.floor((k * items.length) / n)]);
}

/** The timeline output of a run (see the module doc). */
export function runTimeline(name: string, r: EngineResult, o: TimelineOptions = {}): TimelineOutput {
  const L = runnerText().toolkit.lanes;
  const picked = selection(r, o);
  const batchLane = r.mode !== 'stream';
  const lanes = [L.happened, L.arrived, ...(batchLane ? [L.batch] : []), L.processed, ...(r.windows ? [L.window, L.result] : [])].map((label) => ({ label }));
  const lane = { happened: 0, arrived: 1, batch: 2, processed: batchLane ? 3 : 2, window: batchLane ? 4 : 3, result: batchLane ? 5 : 4 };
  const items: TimelineItem[] = [];
  let start = Infinity, end = -Infinity;
  const span = (a: number, b = a) => {
    if (a < start) start = a;
    if (b > end) end = b;
  };
  const time = (ms: number) => formatTime(ms, 'HH:mm:ss.SSS');
  for (const i of picked) {
    const e = r.events[i], f = r.flags[i];
    const late = (f & LATE) !== 0, dropped = (f & DROPPED_FLAG) !== 0, corrected = (f & CORRECTED_FLAG) !== 0;
    const what = `${e.type} ${e.key}${e.amount === null ? '' : ` ${runnerText().number(e.amount)}`}`;
    items.push({ lane: lane.happened, at: e.eventTime, tone: late ? 'late' : 'event', flow: i, label: `${what} · ${runnerText().toolkit.counters.happened} ${time(e.eventTime)}` });
    items.push({ lane: lane.arrived, at: e.arrivalTime, tone: late ? 'late' : 'event', flow: i, label: `${what} · ${runnerText().toolkit.counters.arrived} ${time(e.arrivalTime)}` });
    const tone: TimelineTone = dropped ? 'dropped' : corrected ? 'corrected' : late ? 'late' : 'ok';
    items.push({ lane: lane.processed, at: r.processedAt[i], tone, flow: i, label: `${what} · ${runnerText().toolkit.counters.processed} ${time(r.processedAt[i])}` });
    span(Math.min(e.eventTime, e.arrivalTime), r.processedAt[i]);
    const result = r.resultAt[i];
    if (r.windows && result === result) {
      items.push({ lane: lane.result, at: result, tone: corrected ? 'corrected' : 'ok', flow: i, label: `${what} · ${runnerText().toolkit.lanes.result} ${time(result)}` });
      span(result);
    }
  }
  if (picked.length === 0) start = r.start, end = r.end;
  let base = items.length;
  if (batchLane) {
    for (const b of r.batches) {
      if (b.done < start || b.start > end) continue;
      if (items.length - base >= MAX_SPANS) break;
      items.push({ lane: lane.batch, at: b.start, end: b.done, tone: 'batch', label: runnerText().toolkit.batchLabel(b.index, b.events) });
    }
  }
  base = items.length;
  if (r.windows) {
    for (const w of r.windows.results) {
      const ws = toTime(w.window_start), we = toTime(w.window_end);
      if (we < start || ws > end || w.trigger === 'late') continue;
      if (items.length - base >= MAX_SPANS) break;
      items.push({ lane: lane.window, at: ws, end: we, tone: 'window', label: runnerText().toolkit.windowLabel(w.count, w.emitted_at.slice(11)) });
    }
  }
  const counters = [
    countSeries(runnerText().toolkit.counters.happened, 'event', picked.map((i) => r.events[i].eventTime)),
    countSeries(runnerText().toolkit.counters.arrived, 'event', picked.map((i) => r.events[i].arrivalTime)),
    countSeries(runnerText().toolkit.counters.processed, 'ok', picked.map((i) => r.processedAt[i])),
    ...(r.windows ? [
      countSeries(runnerText().toolkit.counters.late, 'late', picked.filter((i) => r.flags[i] & LATE).map((i) => r.processedAt[i])),
      countSeries(runnerText().toolkit.counters.dropped, 'dropped', picked.filter((i) => r.flags[i] & DROPPED_FLAG).map((i) => r.processedAt[i])),
    ] : []),
  ];
  const out: TimelineOutput = {
    kind: 'timeline',
    title: o.title ?? runnerText().toolkit.timelineTitle(name),
    start, end, axis: 'clock', lanes, items, counters,
    legend: runnerText().toolkit.runLegend,
  };
  if (r.windows && r.windows.watermarks.length > 0) {
    out.marker = { label: runnerText().toolkit.watermark, points: thin(within(r.windows.watermarks, start, end)) };
  }
  if (picked.length < r.events.length) out.sample = { shown: picked.length, total: r.events.length };
  return out;
}
