/**
 * Event sources: seeded generators of events with a rate, bursts, network delay and jitter,
 * late (out-of-order) arrivals and clock skew; sources made from table rows; merged sources.
 * A source's events are generated once, sorted by arrival, and never changed afterwards, so
 * several processors can run over the same source and be compared.
 */
import { random, type Random } from '../random';
import type { LoadOptions } from '../load-rows';
import { HOUR, timestampText, toMs, toTime, ToolkitError, type Duration, type TimeLike } from '../time';
import { defaultAmount, defaultData } from './payload';
import { sortedOrder } from './sort';
import type { Displacement, SimEvent, SourceSpec } from './types';

/** Most events one source may generate (memory: each event is a small object). */
export const MAX_SOURCE_EVENTS = 5_000_000;

/** Loads rows into a table (the cell's `db.load`). */
export type RowLoader = (table: string, rows: readonly unknown[], options?: LoadOptions) => Promise<number>;

/** A finished set of events, in arrival order. */
export class Source {
  constructor(
    readonly name: string,
    /** The events, sorted by arrival time (ties in generation order). */
    readonly events: readonly SimEvent[],
    /** Start and end of the time the source covers (ms). */
    readonly start: number,
    readonly end: number,
    private readonly loader?: RowLoader,
  ) {}

  get length(): number {
    return this.events.length;
  }

  /** The events as table rows: times as text, extra fields (`page`, `method`...) as columns. */
  rows(): Record<string, unknown>[] {
    return eventRows(this.events);
  }

  /** Loads the events into a DuckDB table; resolves to the row count. */
  toTable(name: string): Promise<number> {
    if (!this.loader) return Promise.reject(new ToolkitError('this source cannot load tables'));
    return this.loader(name, this.rows(), { types: EVENT_TYPES });
  }
}

const EVENT_TYPES = { event_id: 'BIGINT', amount: 'DOUBLE', event_time: 'TIMESTAMP', arrival_time: 'TIMESTAMP', delay_ms: 'DOUBLE' } as const;

/** Events as rows for tables; `data` fields become columns unless they clash with one. */
export function eventRows(events: readonly SimEvent[]): Record<string, unknown>[] {
  return events.map((e) => {
    const row: Record<string, unknown> = {
      event_id: e.id, source: e.source, event_type: e.type, key: e.key, amount: e.amount,
      event_time: timestampText(e.eventTime), arrival_time: timestampText(e.arrivalTime), delay_ms: Math.round((e.arrivalTime - e.eventTime) * 1000) / 1000,
    };
    if (e.data) for (const [k, v] of Object.entries(e.data)) if (!(k in row)) row[k] = v;
    return row;
  });
}

/** Events in arrival order; events arriving at the same time keep their order. */
export function inArrivalOrder(events: readonly SimEvent[]): SimEvent[] {
  const keys = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) keys[i] = events[i].arrivalTime;
  const order = sortedOrder(keys);
  const out: SimEvent[] = new Array(events.length);
  for (let i = 0; i < order.length; i++) out[i] = events[order[i]];
  return out;
}

function typeWeights(types: SourceSpec['types']): { names: string[]; cumulative: number[] } {
  const weights: Record<string, number> =
    types === undefined ? { event: 1 }
    : typeof types === 'string' ? { [types]: 1 }
    : Array.isArray(types) ? Object.fromEntries(types.map((t) => [t, 1]))
    : { ...(types as Record<string, number>) };
  const names = Object.keys(weights);
  let total = 0;
  const cumulative = names.map((n) => {
    const w = weights[n];
    if (!(w >= 0) || !Number.isFinite(w)) throw new ToolkitError(`sim.source: weight of type '${n}' must be a number ≥ 0`);
    return (total += w);
  });
  if (names.length === 0 || total <= 0) throw new ToolkitError('sim.source: types needs at least one type with a weight above 0');
  return { names, cumulative: cumulative.map((c) => c / total) };
}

/**
 * A time given either as a point (`'2024-01-16 12:00'`, a Date, ms since 1970) or as a duration
 * after `start` (`'30m'`, `{ hours: 2 }`, a number of ms smaller than `start`).
 */
export function pointIn(at: TimeLike | Duration, start: number, what: string): number {
  if (at instanceof Date) return toTime(at, what);
  if (typeof at === 'string') return /^\d{4}-\d{2}-\d{2}/.test(at.trim()) ? toTime(at, what) : start + toMs(at, what);
  if (typeof at === 'number' && at >= start) return at;
  return start + toMs(at as Duration, what);
}

/** Piecewise-constant rate factors over [start, end): boundaries and the factor after each. */
function rateSegments(spec: SourceSpec, start: number, end: number): { at: number[]; factor: number[] } {
  const bursts: { s: number; e: number; f: number }[] = [];
  const point = (at: TimeLike | Duration) => pointIn(at, start, 'burst at');
  const list = spec.bursts;
  if (Array.isArray(list)) {
    for (const b of list) bursts.push({ s: point(b.at), e: point(b.at) + toMs(b.length, 'burst length'), f: b.factor });
  } else if (list) {
    const r = list as { every: Duration; length: Duration; factor: number; at?: TimeLike | Duration };
    const every = toMs(r.every, 'bursts.every');
    if (every <= 0) throw new ToolkitError('sim.source: bursts.every must be longer than 0');
    for (let s = r.at === undefined ? start : point(r.at); s < end; s += every) bursts.push({ s, e: s + toMs(r.length, 'bursts.length'), f: r.factor });
  }
  for (const b of bursts) if (!(b.f >= 0)) throw new ToolkitError('sim.source: a burst factor must be a number ≥ 0');
  const cuts = [...new Set([start, end, ...bursts.flatMap((b) => [b.s, b.e])])].filter((t) => t >= start && t <= end).sort((a, b) => a - b);
  const factor = cuts.map((t) => bursts.reduce((f, b) => (t >= b.s && t < b.e ? f * b.f : f), 1));
  return { at: cuts, factor };
}

/** True (undisplaced) event times in increasing order. */
function trueTimes(spec: SourceSpec, rng: Random, start: number, end: number): Float64Array {
  const seg = rateSegments(spec, start, end);
  if (spec.count !== undefined) {
    const n = spec.count;
    if (!Number.isInteger(n) || n < 0 || n > MAX_SOURCE_EVENTS) throw new ToolkitError(`sim.source: count must be a whole number from 0 to ${MAX_SOURCE_EVENTS.toLocaleString('en')}`);
    const maxF = Math.max(...seg.factor);
    const out = new Float64Array(n);
    if (maxF <= 0 && n > 0) throw new ToolkitError('sim.source: every burst factor is 0, so no event can happen');
    for (let i = 0; i < n; ) {
      const t = start + rng.next() * (end - start);
      let k = seg.at.length - 1;
      while (k > 0 && seg.at[k] > t) k--;
      if (rng.next() * maxF < seg.factor[k]) out[i++] = t; // thinning: fewer events where the rate is lower
    }
    return out.sort();
  }
  const rate = spec.rate ?? 1;
  if (!(rate >= 0) || !Number.isFinite(rate)) throw new ToolkitError(`sim.source: rate must be events per second (a number ≥ 0), got ${String(rate)}`);
  const times: number[] = [];
  let t = start;
  for (let k = 0; k < seg.at.length - 1; k++) {
    const segEnd = seg.at[k + 1];
    const perMs = (rate * seg.factor[k]) / 1000;
    t = Math.max(t, seg.at[k]);
    if (perMs <= 0) continue;
    for (;;) {
      t += rng.exponential(1 / perMs); // memoryless: restarting at a boundary is exact
      if (t >= segEnd) break;
      times.push(t);
      if (times.length > MAX_SOURCE_EVENTS) throw new ToolkitError(`sim.source: more than ${MAX_SOURCE_EVENTS.toLocaleString('en')} events; lower the rate or the duration`);
    }
  }
  return Float64Array.from(times);
}

function displacement(d: Displacement | undefined, what: string): ((rng: Random) => number) | undefined {
  if (!d) return undefined;
  if (!(d.share >= 0 && d.share <= 1)) throw new ToolkitError(`sim.source: ${what}.share must be between 0 and 1`);
  const [lo, hi] = Array.isArray(d.by) ? [toMs(d.by[0], `${what}.by`), toMs(d.by[1], `${what}.by`)] : [toMs(d.by as Duration, `${what}.by`), toMs(d.by as Duration, `${what}.by`)];
  return (rng) => (rng.next() < d.share ? lo + (hi - lo) * rng.next() : 0);
}

/** Generates a source from its spec (see `SourceSpec`). `now` is the default start. */
export function generateSource(spec: SourceSpec, now: number, loader?: RowLoader): Source {
  if (typeof spec !== 'object' || spec === null) throw new ToolkitError("sim.source expects a spec like { rate: 5, duration: '1h', types: { click: 9, payment: 1 } }");
  const name = spec.name ?? 'source';
  const start = spec.start === undefined ? now : toTime(spec.start, 'sim.source start');
  const end = start + toMs(spec.duration ?? HOUR, 'sim.source duration');
  const rng = random(spec.seed ?? 1);
  const times = trueTimes(spec, rng.fork(1), start, end);
  const { names, cumulative } = typeWeights(spec.types);
  const keys = spec.keys ?? 100;
  if (!Number.isInteger(keys) || keys < 1) throw new ToolkitError('sim.source: keys must be a whole number ≥ 1');
  const keyNames = Array.from({ length: keys }, (_, i) => `u${String(i + 1).padStart(4, '0')}`);
  const delay = spec.delay;
  const split = typeof delay === 'object' && delay !== null && ('base' in delay || 'jitter' in delay) ? (delay as { base?: Duration; jitter?: Duration }) : undefined;
  const base = split ? toMs(split.base ?? 0, 'delay.base') : delay === undefined ? 0 : toMs(delay as Duration, 'delay');
  const jitter = split ? toMs(split.jitter ?? 0, 'delay.jitter') : 0;
  const late = displacement(spec.late, 'late');
  const skew = displacement(spec.skew, 'skew');
  const amountOf = spec.amount;
  const draw = rng.fork(2);
  const next = () => draw.next();

  const events: SimEvent[] = new Array(times.length);
  for (let i = 0; i < times.length; i++) {
    const u = draw.next();
    let k = 0;
    while (cumulative[k] <= u && k < names.length - 1) k++;
    const type = names[k];
    const key = keyNames[Math.floor(draw.next() * keys)];
    let amount: number | null;
    if (typeof amountOf === 'function') amount = amountOf(type, next);
    else if (amountOf && amountOf[type]) amount = Math.round(amountOf[type][0] + (amountOf[type][1] - amountOf[type][0]) * draw.next());
    else amount = defaultAmount(type, draw);
    const data = defaultData(type, amount, draw);
    const truth = times[i];
    const arrivalTime = truth + base + (jitter > 0 ? jitter * draw.next() : 0) + (late ? late(draw) : 0);
    const eventTime = truth + (skew ? skew(draw) : 0);
    events[i] = data === undefined
      ? { id: i, source: name, type, key, amount, eventTime, arrivalTime }
      : { id: i, source: name, type, key, amount, eventTime, arrivalTime, data };
  }
  return new Source(name, inArrivalOrder(events), start, end, loader);
}

/** Which fields of a row hold what: field names, or a fixed value for `type`. */
export interface RowMapping {
  eventTime?: string;
  arrivalTime?: string;
  type?: string;
  key?: string;
  amount?: string;
  name?: string;
}

const firstKey = (row: Record<string, unknown>, candidates: string[]) => candidates.find((c) => c in row);

/**
 * A source from table rows (e.g. `events` from a CSV): times may be text, Dates or ms. Field
 * names are guessed (`event_time`, `received_at`/`arrival_time`, `event_type`, `user_id`,
 * `amount`) unless given. Each event keeps its row as `data`.
 */
export function sourceFromRows(rows: readonly Record<string, unknown>[], mapping: RowMapping = {}, loader?: RowLoader): Source {
  if (!Array.isArray(rows) || rows.length === 0) throw new ToolkitError('sim.from expects a non-empty array of rows');
  const first = rows[0];
  const f = {
    eventTime: mapping.eventTime ?? firstKey(first, ['event_time', 'eventTime', 'created_at', 'ordered_at', 'time', 'ts']),
    arrivalTime: mapping.arrivalTime ?? firstKey(first, ['arrival_time', 'arrivalTime', 'received_at', 'ingested_at']),
    type: mapping.type ?? firstKey(first, ['event_type', 'type', 'kind']),
    key: mapping.key ?? firstKey(first, ['user_id', 'customer_id', 'key', 'product_id']),
    amount: mapping.amount ?? firstKey(first, ['amount', 'value']),
  };
  if (!f.eventTime) throw new ToolkitError(`sim.from: which field is the event time? None of event_time, created_at, time... exists; pass { eventTime: 'column' }`);
  const name = mapping.name ?? 'rows';
  const events = rows.map((row, i): SimEvent => {
    const eventTime = toTime(row[f.eventTime!] as TimeLike, `sim.from row ${i + 1} ${f.eventTime}`);
    const arrivalTime = f.arrivalTime ? toTime(row[f.arrivalTime] as TimeLike, `sim.from row ${i + 1} ${f.arrivalTime}`) : eventTime;
    const type = f.type === undefined ? 'event' : f.type in row ? String(row[f.type]) : f.type;
    const amount = f.amount && row[f.amount] != null ? Number(row[f.amount]) : null;
    return { id: i, source: name, type, key: f.key && row[f.key] != null ? String(row[f.key]) : '', amount, eventTime, arrivalTime, data: row };
  });
  const start = Math.min(...events.map((e) => Math.min(e.eventTime, e.arrivalTime)));
  const end = Math.max(...events.map((e) => Math.max(e.eventTime, e.arrivalTime)));
  return new Source(name, inArrivalOrder(events), start, end, loader);
}

/** Several sources as one, in arrival order. */
export function mergeSources(sources: readonly Source[], loader?: RowLoader, name = sources.map((s) => s.name).join('+')): Source {
  if (sources.length === 0 || !sources.every((s) => s instanceof Source)) throw new ToolkitError('sim.merge needs sources made by sim.source or sim.from');
  const events = inArrivalOrder(sources.flatMap((s) => s.events));
  return new Source(name, events, Math.min(...sources.map((s) => s.start)), Math.max(...sources.map((s) => s.end)), loader);
}
