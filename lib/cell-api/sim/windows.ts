/**
 * Tumbling and sliding windows with a watermark, as stream processors such as Flink define them:
 * the watermark is the latest event time seen minus the allowed out-of-orderness; a window
 * [start, end) is emitted once the watermark reaches its end; an event for a window whose end the
 * watermark has passed is late, and is dropped or (with `late: 'update'`) corrects the window,
 * which is emitted again with a higher version, until `allowedLateness` after its end.
 * Processing-time windows instead close on the processor's clock and are never late.
 */
import { timestampText, toMs, ToolkitError } from '../time';
import type { SimEvent, WindowResult, WindowSpec } from './types';

/** How counting one event went. */
export const ON_TIME = 0, CORRECTED = 1, DROPPED = 2;

interface WinState {
  /** Position in `states`. */
  id: number;
  start: number;
  end: number;
  group: string | null;
  count: number;
  sum: number;
  version: number;
  fired: boolean;
  /** When the window was first emitted (NaN until then). */
  firstEmit: number;
}

/** Window bookkeeping for one run; events are added in processing order. */
export class WindowEngine {
  readonly results: WindowResult[] = [];
  /** Watermark changes as flat pairs [processing time, watermark, ...], at most one per second. */
  readonly watermarks: number[] = [];
  /** Per event: the window that first emitted it (index into `states`), -1 if none. */
  readonly firstWindow: Int32Array;
  watermark = -Infinity;
  readonly byProcessing: boolean;
  /** Window length, distance between window starts, and the watermark's wait (ms). */
  readonly size: number;
  readonly slide: number;
  readonly delay: number;
  private readonly update: boolean;
  private readonly allowed: number;
  private readonly value: (e: SimEvent) => number | null;
  private readonly group?: (e: SimEvent) => string;
  private readonly states: WinState[] = [];
  private readonly open = new Map<string | number, WinState>();
  private nextEnd = Infinity;
  /** The window the previous event went to (a cache in front of `open`). */
  private last?: WinState;
  private maxEventTime = -Infinity;
  private lastMark = -Infinity;

  constructor(spec: WindowSpec, events: number) {
    if (spec.type !== 'tumbling' && spec.type !== 'sliding') throw new ToolkitError(`window.type must be 'tumbling' or 'sliding', got ${String(spec.type)}`);
    this.size = toMs(spec.size, 'window.size');
    this.slide = spec.type === 'sliding' ? toMs(spec.slide ?? spec.size, 'window.slide') : this.size;
    if (this.size <= 0 || this.slide <= 0) throw new ToolkitError('window.size and window.slide must be longer than 0');
    if (this.size / this.slide > 1000) throw new ToolkitError('window.slide is too small for its size: an event would be in more than 1,000 windows');
    this.delay = toMs(spec.watermark ?? 0, 'window.watermark');
    this.update = (spec.late ?? 'drop') === 'update';
    if (spec.late !== undefined && spec.late !== 'drop' && spec.late !== 'update') throw new ToolkitError(`window.late must be 'drop' or 'update', got ${String(spec.late)}`);
    this.allowed = spec.allowedLateness === undefined ? Infinity : toMs(spec.allowedLateness, 'window.allowedLateness');
    this.byProcessing = spec.time === 'processing';
    const v = spec.value ?? 'amount';
    this.value = typeof v === 'function' ? v : v === 'amount' ? (e) => e.amount : (e) => {
      const x = (e as unknown as Record<string, unknown>)[v] ?? e.data?.[v];
      return typeof x === 'number' ? x : x == null ? null : Number(x);
    };
    const g = spec.groupBy;
    if (g !== undefined) this.group = typeof g === 'function' ? g : (e) => String(e[g]);
    this.firstWindow = new Int32Array(events).fill(-1);
  }

  /**
   * Counts event `i`, handled at processing time `now`, in every window it belongs to. Call
   * `observe` and `fire` after (stream) or after the whole batch (micro-batch).
   */
  add(i: number, e: SimEvent, now: number): number {
    const t = this.byProcessing ? now : e.eventTime;
    if (this.byProcessing) this.fire(now, true);
    const group = this.group ? this.group(e) : null;
    const x = this.value(e);
    let onTime = false, corrected = false;
    // Windows containing t, earliest end first: starts from the lowest to floor(t / slide) * slide.
    const last = Math.floor(t / this.slide) * this.slide;
    for (let start = last - Math.ceil(this.size / this.slide - 1) * this.slide; start <= last; start += this.slide) {
      const end = start + this.size;
      if (t < start || t >= end) continue;
      const key = group === null ? start : `${start}|${group}`;
      // Most events fall in the same window as the one before: skip the map lookup then.
      const cached = this.last;
      let w = cached !== undefined && cached.start === start && cached.group === group ? cached : this.open.get(key);
      const late = !this.byProcessing && end <= this.watermark;
      if (late && (!this.update || end + this.allowed <= this.watermark)) continue; // dropped from this window
      if (!w) {
        w = { id: this.states.length, start, end, group, count: 0, sum: 0, version: 0, fired: false, firstEmit: NaN };
        this.open.set(key, w);
        this.states.push(w);
        if (!late && end < this.nextEnd) this.nextEnd = end;
      }
      this.last = w;
      w.count++;
      if (x !== null && !Number.isNaN(x)) w.sum += x;
      if (late) {
        w.fired = true;
        this.emit(w, now, 'late');
        corrected = true;
      } else if (!onTime) {
        onTime = true;
        this.firstWindow[i] = w.id;
      }
    }
    return onTime ? ON_TIME : corrected ? CORRECTED : DROPPED;
  }

  /** Takes an event time into the watermark (event-time windows). */
  observe(eventTime: number): void {
    if (eventTime > this.maxEventTime) this.maxEventTime = eventTime;
  }

  /** Emits every window the watermark (or, for processing time, the clock) has passed. */
  fire(now: number, timers = false): void {
    if (this.byProcessing) {
      if (now >= this.nextEnd) this.emitDue(now, (w) => w.end);
      return;
    }
    if (timers) return;
    const wm = this.maxEventTime - this.delay;
    if (wm > this.watermark) {
      this.watermark = wm;
      if (now - this.lastMark >= 1000) {
        this.watermarks.push(now, wm);
        this.lastMark = now;
      }
    }
    if (this.watermark >= this.nextEnd) this.emitDue(this.watermark, () => now);
  }

  /** End of input: everything still open is emitted at `now` (processing time: at its end). */
  finish(now: number): void {
    if (!this.byProcessing && this.maxEventTime > -Infinity) this.watermarks.push(now, this.maxEventTime);
    this.emitDue(Infinity, (w) => (this.byProcessing ? w.end : now), 'end');
  }

  /** The window states, in creation order (`firstWindow` indexes them). */
  firstEmitOf(index: number): number {
    return this.states[index].firstEmit;
  }

  private emitDue(until: number, at: (w: WinState) => number, trigger: WindowResult['trigger'] = 'watermark') {
    this.last = undefined; // windows may be closed below
    let next = Infinity;
    const due: WinState[] = [];
    for (const [key, w] of this.open) {
      if (!w.fired && w.end <= until) due.push(w);
      else if (!w.fired && w.end < next) next = w.end;
      // Keep fired windows for corrections until the allowed lateness has passed.
      if (w.fired && (!this.update || w.end + this.allowed <= this.watermark)) this.open.delete(key);
    }
    due.sort((a, b) => a.end - b.end || a.start - b.start || String(a.group).localeCompare(String(b.group)));
    for (const w of due) {
      w.fired = true;
      this.emit(w, at(w), this.byProcessing ? 'clock' : trigger);
      if (!this.update) this.open.delete(w.group === null ? w.start : `${w.start}|${w.group}`);
    }
    this.nextEnd = next;
  }

  private emit(w: WinState, at: number, trigger: WindowResult['trigger']) {
    w.version++;
    if (Number.isNaN(w.firstEmit)) w.firstEmit = at;
    this.results.push({
      window_start: timestampText(w.start),
      window_end: timestampText(w.end),
      group: w.group,
      count: w.count,
      sum: w.sum,
      emitted_at: timestampText(at),
      version: w.version,
      trigger,
    });
  }
}
