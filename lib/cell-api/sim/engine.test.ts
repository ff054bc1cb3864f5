import { describe, expect, it } from 'vitest';
import { random } from '../random';
import { createSim } from './index';
import { ev, sec, testHost, T0 } from './test-host';

const sim = createSim(testHost().host);
const secs = (xs: readonly (number | null)[]) => xs.map((x) => (x === null ? null : (x - T0) / 1000));

describe('stream mode', () => {
  it('handles one event at a time: an event waits while the one before it is handled', () => {
    const run = sim.processor({ perEvent: '2s' }).run([ev(0, 0), ev(1, 1), ev(2, 1.5), ev(3, 10)]);
    expect(secs(run.events.map((e) => e.processedAt))).toEqual([2, 4, 6, 12]);
    expect(run.events.map((e) => e.latencyMs)).toEqual([2000, 3000, 4500, 2000]);
    expect(run.metrics).toMatchObject({ busyMs: 8000, occupiedMs: 12_000, throughputPerSec: 0.5, batches: 4 });
  });

  it('calls every handler of a type (fan-out), then the * handlers, in processing order', () => {
    const seen: string[] = [];
    const events = [ev(0, 0, 0, { type: 'order' }), ev(1, 1, 1, { type: 'login' }), ev(2, 2, 2, { type: 'order' })];
    const run = sim.processor({ perEvent: '1s' })
      .on('order', (e) => void seen.push(`log ${e.id}`))
      .on('order', (e, ctx) => ctx.emit({ alert: e.id, at: (ctx.now - T0) / 1000 }))
      .on(['login', 'order'], (e) => void seen.push(`audit ${e.id}`))
      .on('*', (e) => void seen.push(`all ${e.id}`))
      .run(events);
    expect(seen).toEqual(['log 0', 'audit 0', 'all 0', 'audit 1', 'all 1', 'log 2', 'audit 2', 'all 2']);
    expect(run.outputs).toEqual([{ alert: 0, at: 1 }, { alert: 2, at: 3 }]);
  });
});

describe('micro-batch and batch modes (hand-computed)', () => {
  const events = [ev(0, 1, 1), ev(1, 4, 5), ev(2, 11, 11), ev(3, 8, 12), ev(4, 13, 13), ev(5, 7, 14), ev(6, 25, 26)];

  it('wake every interval and handle what arrived since, with startup and per-event costs', () => {
    const run = sim.processor({ mode: 'micro-batch', every: '10s', startup: '2s', perEvent: '500ms' }).run(events, { start: T0 });
    expect(run.rows('batches').map((b) => [b.batch, b.events, b.duration_sec])).toEqual([[1, 2, 3], [2, 4, 4], [3, 1, 2.5]]);
    expect(secs(run.events.map((e) => e.processedAt))).toEqual([13, 13, 24, 24, 24, 24, 32.5]);
    expect(run.events.map((e) => e.latencyMs! / 1000)).toEqual([12, 9, 13, 16, 11, 17, 7.5]);
    expect(run.metrics).toMatchObject({ busyMs: 9500, occupiedMs: 9500, batches: 3 });
    expect(run.summary()).toMatchObject({ mode: 'micro-batch', runs: 3, busy_sec: 9.5, max_latency_sec: 17 });
  });

  it('skip intervals with nothing to do, and start late when the previous batch overruns', () => {
    const run = sim.processor({ mode: 'batch', every: '10s', startup: '15s' }).run([ev(0, 1), ev(1, 12), ev(2, 55)], { start: T0 });
    expect(run.rows('batches').map((b) => [String(b.due_at).slice(11), String(b.started_at).slice(11), String(b.done_at).slice(11)])).toEqual([
      ['00:00:10', '00:00:10', '00:00:25'],
      ['00:00:20', '00:00:25', '00:00:40'], // due at 20, but batch 1 runs until 25
      ['00:01:00', '00:01:00', '00:01:15'], // 30, 40, 50: nothing arrived, nothing ran
    ]);
  });

  it('refuse a batch processor without an interval', () => {
    expect(() => sim.processor({ mode: 'micro-batch' })).toThrow(/needs every/);
    expect(() => sim.processor({ mode: 'realtime' as never })).toThrow(/'stream', 'micro-batch' or 'batch'/);
  });
});

describe("lesson 01, section 3.3: the toolkit reproduces the lesson's hand-written simulators", () => {
  // The lesson's arrivals (Poisson, mean gap 1 s, over one hour) and its two simulators, verbatim in spirit.
  const HOUR = 3600;
  const rand = random(2024);
  const arrivals: number[] = [];
  for (let t = -Math.log(1 - rand.next()); t < HOUR; t += -Math.log(1 - rand.next())) arrivals.push(t);

  function lessonScheduled(every: number, startup: number, perRecord: number) {
    const lat: number[] = [];
    let next = 0, busy = 0, runs = 0;
    for (let trigger = every; trigger <= HOUR; trigger += every) {
      const start = next;
      while (next < arrivals.length && arrivals[next] < trigger) next++;
      if (next === start) continue;
      const duration = startup + (next - start) * perRecord;
      for (let i = start; i < next; i++) lat.push(trigger + duration - arrivals[i]);
      busy += duration;
      runs += 1;
    }
    return { runs, avg: lat.reduce((a, b) => a + b, 0) / lat.length, max: Math.max(...lat), busy };
  }
  function lessonStream(perRecord: number) {
    const lat: number[] = [];
    let free = 0;
    for (const a of arrivals) {
      free = Math.max(free, a) + perRecord;
      lat.push(free - a);
    }
    return { avg: lat.reduce((a, b) => a + b, 0) / lat.length, max: Math.max(...lat) };
  }

  const source = sim.from(arrivals.map((a) => ({ event_time: sec(a) })));
  const range = { start: T0, end: sec(HOUR) };

  it.each([
    ['batch', 3600, 10, 1],
    ['micro-batch', 300, 2, 2],
  ] as const)('%s: same runs, latency and busy time', (mode, every, startup, perMs) => {
    const ours = sim.processor({ mode, every: every * 1000, startup: startup * 1000, perEvent: perMs }).run(source, range).metrics;
    const lesson = lessonScheduled(every, startup, perMs / 1000);
    expect(ours.batches).toBe(lesson.runs);
    expect(ours.latency.avg / 1000).toBeCloseTo(lesson.avg, 6);
    expect(ours.latency.max / 1000).toBeCloseTo(lesson.max, 6);
    expect(ours.busyMs / 1000).toBeCloseTo(lesson.busy, 6);
  });

  it('stream: same latency, and the processor is occupied for the whole hour', () => {
    const ours = sim.processor({ perEvent: 20 }).run(source, range).metrics;
    const lesson = lessonStream(0.02);
    expect(ours.latency.avg / 1000).toBeCloseTo(lesson.avg, 6);
    expect(ours.latency.max / 1000).toBeCloseTo(lesson.max, 6);
    expect(ours.occupiedMs).toBeCloseTo(HOUR * 1000, 0);
    expect(ours.throughputPerSec).toBeCloseTo(50, 6);
  });
});

describe("lesson 01, section 3.2: the lesson's StreamProcessor expressed with sim", () => {
  it('gives the same processing times, handler calls and alerts', () => {
    const rows = [
      { event_id: 'E1', event_type: 'login', user_id: 'u1', amount: null, event_time: '2024-01-16 08:00:00', received_at: '2024-01-16 08:00:01' },
      { event_id: 'E2', event_type: 'order', user_id: 'u1', amount: 12_000, event_time: '2024-01-16 08:00:01', received_at: '2024-01-16 08:00:01' },
      { event_id: 'E3', event_type: 'order', user_id: 'u2', amount: 3_000, event_time: '2024-01-16 07:55:00', received_at: '2024-01-16 08:00:02' },
      { event_id: 'E4', event_type: 'refund', user_id: 'u1', amount: 12_000, event_time: '2024-01-16 08:10:00', received_at: '2024-01-16 08:10:01' },
    ];
    // The lesson: clockSec = max(clockSec, received) + costSec, then every handler of the type.
    const toSec = (ts: string) => Date.parse(ts.replace(' ', 'T') + 'Z') / 1000;
    let clockSec = 0;
    const lessonTimes = rows.map((m) => (clockSec = Math.max(clockSec, toSec(m.received_at)) + 1));
    const log: string[] = [];
    const alerts: string[] = [];
    const run = sim.processor({ perEvent: '1s' })
      .on(['login', 'order', 'refund'], (e, ctx) => void log.push(`${e.type} ${e.key} ${(ctx.now - T0) / 1000}`))
      .on('order', (e) => { if ((e.amount ?? 0) > 10_000) alerts.push(String(e.data?.event_id)); })
      .run(sim.from(rows));
    expect(run.events.map((e) => e.processedAt / 1000)).toEqual(lessonTimes);
    expect(log).toEqual(['login u1 28802', 'order u1 28803', 'order u2 28804', 'refund u1 29402']);
    expect(alerts).toEqual(['E2']);
    // The lag chart of section 3.2: processing time − event time, in seconds.
    expect(run.events.map((e) => (e.processedAt - e.eventTime) / 1000)).toEqual([2, 2, 304, 2]);
  });
});
